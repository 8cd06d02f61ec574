// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// PrivacyBudgetLedgerMetaData contains all meta data concerning the PrivacyBudgetLedger contract.
var PrivacyBudgetLedgerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"}],\"name\":\"AlreadySpent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"BudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"UnknownStudy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"enumStudyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"}],\"name\":\"BudgetFixed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"}],\"name\":\"BudgetProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"BudgetSpent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMPUTE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"budgetOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaSpent\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"fixed_\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"fix\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"}],\"name\":\"propose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIStudyTerms\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"spend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"}],\"name\":\"spentResult\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610eb6380380610eb683398101604081905261002e91610117565b3360805261003c5f8261006e565b506100677f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd8261006e565b5050610144565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661010e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100c63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610111565b505f5b92915050565b5f60208284031215610127575f5ffd5b81516001600160a01b038116811461013d575f5ffd5b9392505050565b608051610d456101715f395f81816102180152818161036e0152818161073c01526108630152610d455ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80638352ef0111610088578063a217fddf11610063578063a217fddf146102a2578063d527c280146102a9578063d547741f146102d0578063e1e1c387146102e3575f5ffd5b80638352ef01146102525780638d34191e1461027c57806391d148541461028f575f5ffd5b80632afb71fe116100c35780632afb71fe146101d85780632f2ff15d146101ed57806336568abe146102005780637b10399914610213575f5ffd5b806301ffc9a7146100e95780631e5ef1f814610111578063248a9ca3146101a8575b5f5ffd5b6100fc6100f7366004610af4565b6102f6565b60405190151581526020015b60405180910390f35b61016c61011f366004610b22565b5f9081526001602090815260408083205460029092529091205467ffffffffffffffff80831693600160401b8404821693600160801b8104831693600160c01b9091049092169160ff1690565b6040805167ffffffffffffffff96871681529486166020860152928516928401929092529092166060820152901515608082015260a001610108565b6101ca6101b6366004610b22565b5f9081526020819052604090206001015490565b604051908152602001610108565b6101eb6101e6366004610b55565b61032c565b005b6101eb6101fb366004610bb3565b6106cf565b6101eb61020e366004610bb3565b6106f9565b61023a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610108565b6101ca610260366004610be1565b5f91825260036020908152604080842092845291905290205490565b6101eb61028a366004610b22565b610731565b6100fc61029d366004610bb3565b61080c565b6101ca5f81565b6101ca7f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd81565b6101eb6102de366004610bb3565b610834565b6101eb6102f1366004610c01565b610858565b5f6001600160e01b03198216637965db0b60e01b148061032657506301ffc9a760e01b6001600160e01b03198316145b92915050565b7f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd610356816109b5565b604051636055074560e11b8152600481018790525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063c0aa0e8a90602401608060405180830381865afa1580156103bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103df9190610c3a565b509092505f91506103ed9050565b8160068111156103ff576103ff610cac565b03610425576040516311116d1f60e11b8152600481018890526024015b60405180910390fd5b600281600681111561043957610439610cac565b141580156104595750600481600681111561045657610456610cac565b14155b8061047257505f8781526002602052604090205460ff16155b1561049457868160405163a5d15e1f60e01b815260040161041c929190610cc0565b856104ce57604051632197ada560e11b81526020600482015260096024820152680e2eacae4f290c2e6d60bb1b604482015260640161041c565b8261050957604051632197ada560e11b815260206004820152600a6024820152690e4cae6ead8e890c2e6d60b31b604482015260640161041c565b8467ffffffffffffffff165f0361054d57604051632197ada560e11b815260206004820152600760248201526632b839b4b637b760c91b604482015260640161041c565b5f87815260036020908152604080832089845290915290205415610587576040516304ee081f60e21b81526004810187905260240161041c565b5f87815260016020526040812080549091906105b79067ffffffffffffffff808a1691600160801b900416610cf0565b82549091505f906105dc9067ffffffffffffffff808a1691600160c01b900416610cf0565b835490915067ffffffffffffffff1682118061060957508254600160401b900467ffffffffffffffff1681115b1561062a576040516319af843d60e01b8152600481018b905260240161041c565b82546001600160801b0316600160801b67ffffffffffffffff848116919091026001600160c01b031691909117600160c01b838316021784555f8b81526003602090815260408083208d845282529182902089905581518b84168152928a1690830152810187905289908b907f4f8aaf4b21cddd1778bf6743e9b92e709fc94bab4c0f423487edf30e0d3f39849060600160405180910390a350505050505050505050565b5f828152602081905260409020600101546106e9816109b5565b6106f383836109bf565b50505050565b6001600160a01b03811633146107225760405163334bd91960e11b815260040160405180910390fd5b61072c8282610a4e565b505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461077c5760405163318d14a560e11b815233600482015260240161041c565b5f8181526002602052604090205460ff16610809575f818152600260209081526040808320805460ff191660019081179091558252918290208054835167ffffffffffffffff8083168252600160401b909204909116928101929092529183917fc28c917cbe72b638673c0aaa53d166167f76ed22cb06f289715634424d10ef3e910160405180910390a2505b50565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8281526020819052604090206001015461084e816109b5565b6106f38383610a4e565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108a35760405163318d14a560e11b815233600482015260240161041c565b5f8381526002602052604090205460ff16156108d75782600260405163a5d15e1f60e01b815260040161041c929190610cc0565b6040805160808101825267ffffffffffffffff84811680835284821660208085018281525f868801818152606088018281528c83526001855291899020975188549351915192519088166fffffffffffffffffffffffffffffffff1990941693909317600160401b91881691909102176001600160801b0316600160801b918716919091026001600160c01b031617600160c01b91909516029390931790935583519081529081019190915284917f8c868dd337ae5604c3b6d868ac48f804a84b7055a9c970bae2b76eedd712870a910160405180910390a2505050565b6108098133610ab7565b5f6109ca838361080c565b610a47575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556109ff3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610326565b505f610326565b5f610a59838361080c565b15610a47575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610326565b610ac1828261080c565b610af05760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161041c565b5050565b5f60208284031215610b04575f5ffd5b81356001600160e01b031981168114610b1b575f5ffd5b9392505050565b5f60208284031215610b32575f5ffd5b5035919050565b803567ffffffffffffffff81168114610b50575f5ffd5b919050565b5f5f5f5f5f60a08688031215610b69575f5ffd5b8535945060208601359350610b8060408701610b39565b9250610b8e60608701610b39565b949793965091946080013592915050565b6001600160a01b0381168114610809575f5ffd5b5f5f60408385031215610bc4575f5ffd5b823591506020830135610bd681610b9f565b809150509250929050565b5f5f60408385031215610bf2575f5ffd5b50508035926020909101359150565b5f5f5f60608486031215610c13575f5ffd5b83359250610c2360208501610b39565b9150610c3160408501610b39565b90509250925092565b5f5f5f5f60808587031215610c4d575f5ffd5b8451610c5881610b9f565b602086015190945060078110610c6c575f5ffd5b604086015190935063ffffffff81168114610c85575f5ffd5b60608601519092506001600160801b0381168114610ca1575f5ffd5b939692955090935050565b634e487b7160e01b5f52602160045260245ffd5b8281526040810160078310610ce357634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b8082018082111561032657634e487b7160e01b5f52601160045260245ffdfea2646970667358221220ae10dd25318ca01b19ca8554d20173b45e8076ee3a232f9a7624bed4b420269564736f6c634300081c0033",
}

// PrivacyBudgetLedgerABI is the input ABI used to generate the binding from.
// Deprecated: Use PrivacyBudgetLedgerMetaData.ABI instead.
var PrivacyBudgetLedgerABI = PrivacyBudgetLedgerMetaData.ABI

// PrivacyBudgetLedgerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PrivacyBudgetLedgerMetaData.Bin instead.
var PrivacyBudgetLedgerBin = PrivacyBudgetLedgerMetaData.Bin

// DeployPrivacyBudgetLedger deploys a new Ethereum contract, binding an instance of PrivacyBudgetLedger to it.
func DeployPrivacyBudgetLedger(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address) (common.Address, *types.Transaction, *PrivacyBudgetLedger, error) {
	parsed, err := PrivacyBudgetLedgerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PrivacyBudgetLedgerBin), backend, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PrivacyBudgetLedger{PrivacyBudgetLedgerCaller: PrivacyBudgetLedgerCaller{contract: contract}, PrivacyBudgetLedgerTransactor: PrivacyBudgetLedgerTransactor{contract: contract}, PrivacyBudgetLedgerFilterer: PrivacyBudgetLedgerFilterer{contract: contract}}, nil
}

// PrivacyBudgetLedger is an auto generated Go binding around an Ethereum contract.
type PrivacyBudgetLedger struct {
	PrivacyBudgetLedgerCaller     // Read-only binding to the contract
	PrivacyBudgetLedgerTransactor // Write-only binding to the contract
	PrivacyBudgetLedgerFilterer   // Log filterer for contract events
}

// PrivacyBudgetLedgerCaller is an auto generated read-only Go binding around an Ethereum contract.
type PrivacyBudgetLedgerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PrivacyBudgetLedgerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PrivacyBudgetLedgerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PrivacyBudgetLedgerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PrivacyBudgetLedgerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PrivacyBudgetLedgerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PrivacyBudgetLedgerSession struct {
	Contract     *PrivacyBudgetLedger // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// PrivacyBudgetLedgerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PrivacyBudgetLedgerCallerSession struct {
	Contract *PrivacyBudgetLedgerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// PrivacyBudgetLedgerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PrivacyBudgetLedgerTransactorSession struct {
	Contract     *PrivacyBudgetLedgerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// PrivacyBudgetLedgerRaw is an auto generated low-level Go binding around an Ethereum contract.
type PrivacyBudgetLedgerRaw struct {
	Contract *PrivacyBudgetLedger // Generic contract binding to access the raw methods on
}

// PrivacyBudgetLedgerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PrivacyBudgetLedgerCallerRaw struct {
	Contract *PrivacyBudgetLedgerCaller // Generic read-only contract binding to access the raw methods on
}

// PrivacyBudgetLedgerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PrivacyBudgetLedgerTransactorRaw struct {
	Contract *PrivacyBudgetLedgerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPrivacyBudgetLedger creates a new instance of PrivacyBudgetLedger, bound to a specific deployed contract.
func NewPrivacyBudgetLedger(address common.Address, backend bind.ContractBackend) (*PrivacyBudgetLedger, error) {
	contract, err := bindPrivacyBudgetLedger(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedger{PrivacyBudgetLedgerCaller: PrivacyBudgetLedgerCaller{contract: contract}, PrivacyBudgetLedgerTransactor: PrivacyBudgetLedgerTransactor{contract: contract}, PrivacyBudgetLedgerFilterer: PrivacyBudgetLedgerFilterer{contract: contract}}, nil
}

// NewPrivacyBudgetLedgerCaller creates a new read-only instance of PrivacyBudgetLedger, bound to a specific deployed contract.
func NewPrivacyBudgetLedgerCaller(address common.Address, caller bind.ContractCaller) (*PrivacyBudgetLedgerCaller, error) {
	contract, err := bindPrivacyBudgetLedger(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerCaller{contract: contract}, nil
}

// NewPrivacyBudgetLedgerTransactor creates a new write-only instance of PrivacyBudgetLedger, bound to a specific deployed contract.
func NewPrivacyBudgetLedgerTransactor(address common.Address, transactor bind.ContractTransactor) (*PrivacyBudgetLedgerTransactor, error) {
	contract, err := bindPrivacyBudgetLedger(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerTransactor{contract: contract}, nil
}

// NewPrivacyBudgetLedgerFilterer creates a new log filterer instance of PrivacyBudgetLedger, bound to a specific deployed contract.
func NewPrivacyBudgetLedgerFilterer(address common.Address, filterer bind.ContractFilterer) (*PrivacyBudgetLedgerFilterer, error) {
	contract, err := bindPrivacyBudgetLedger(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerFilterer{contract: contract}, nil
}

// bindPrivacyBudgetLedger binds a generic wrapper to an already deployed contract.
func bindPrivacyBudgetLedger(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PrivacyBudgetLedgerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PrivacyBudgetLedger.Contract.PrivacyBudgetLedgerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.PrivacyBudgetLedgerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.PrivacyBudgetLedgerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PrivacyBudgetLedger.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.contract.Transact(opts, method, params...)
}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCaller) COMPUTEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PrivacyBudgetLedger.contract.Call(opts, &out, "COMPUTE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) COMPUTEROLE() ([32]byte, error) {
	return _PrivacyBudgetLedger.Contract.COMPUTEROLE(&_PrivacyBudgetLedger.CallOpts)
}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerSession) COMPUTEROLE() ([32]byte, error) {
	return _PrivacyBudgetLedger.Contract.COMPUTEROLE(&_PrivacyBudgetLedger.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PrivacyBudgetLedger.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _PrivacyBudgetLedger.Contract.DEFAULTADMINROLE(&_PrivacyBudgetLedger.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _PrivacyBudgetLedger.Contract.DEFAULTADMINROLE(&_PrivacyBudgetLedger.CallOpts)
}

// BudgetOf is a free data retrieval call binding the contract method 0x1e5ef1f8.
//
// Solidity: function budgetOf(uint256 studyId) view returns(uint64 epsilon, uint64 delta, uint64 epsilonSpent, uint64 deltaSpent, bool fixed_)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCaller) BudgetOf(opts *bind.CallOpts, studyId *big.Int) (struct {
	Epsilon      uint64
	Delta        uint64
	EpsilonSpent uint64
	DeltaSpent   uint64
	Fixed        bool
}, error) {
	var out []interface{}
	err := _PrivacyBudgetLedger.contract.Call(opts, &out, "budgetOf", studyId)

	outstruct := new(struct {
		Epsilon      uint64
		Delta        uint64
		EpsilonSpent uint64
		DeltaSpent   uint64
		Fixed        bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Epsilon = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Delta = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.EpsilonSpent = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.DeltaSpent = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Fixed = *abi.ConvertType(out[4], new(bool)).(*bool)

	return *outstruct, err

}

// BudgetOf is a free data retrieval call binding the contract method 0x1e5ef1f8.
//
// Solidity: function budgetOf(uint256 studyId) view returns(uint64 epsilon, uint64 delta, uint64 epsilonSpent, uint64 deltaSpent, bool fixed_)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) BudgetOf(studyId *big.Int) (struct {
	Epsilon      uint64
	Delta        uint64
	EpsilonSpent uint64
	DeltaSpent   uint64
	Fixed        bool
}, error) {
	return _PrivacyBudgetLedger.Contract.BudgetOf(&_PrivacyBudgetLedger.CallOpts, studyId)
}

// BudgetOf is a free data retrieval call binding the contract method 0x1e5ef1f8.
//
// Solidity: function budgetOf(uint256 studyId) view returns(uint64 epsilon, uint64 delta, uint64 epsilonSpent, uint64 deltaSpent, bool fixed_)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerSession) BudgetOf(studyId *big.Int) (struct {
	Epsilon      uint64
	Delta        uint64
	EpsilonSpent uint64
	DeltaSpent   uint64
	Fixed        bool
}, error) {
	return _PrivacyBudgetLedger.Contract.BudgetOf(&_PrivacyBudgetLedger.CallOpts, studyId)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _PrivacyBudgetLedger.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _PrivacyBudgetLedger.Contract.GetRoleAdmin(&_PrivacyBudgetLedger.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _PrivacyBudgetLedger.Contract.GetRoleAdmin(&_PrivacyBudgetLedger.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _PrivacyBudgetLedger.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _PrivacyBudgetLedger.Contract.HasRole(&_PrivacyBudgetLedger.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _PrivacyBudgetLedger.Contract.HasRole(&_PrivacyBudgetLedger.CallOpts, role, account)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PrivacyBudgetLedger.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) Registry() (common.Address, error) {
	return _PrivacyBudgetLedger.Contract.Registry(&_PrivacyBudgetLedger.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerSession) Registry() (common.Address, error) {
	return _PrivacyBudgetLedger.Contract.Registry(&_PrivacyBudgetLedger.CallOpts)
}

// SpentResult is a free data retrieval call binding the contract method 0x8352ef01.
//
// Solidity: function spentResult(uint256 studyId, bytes32 queryHash) view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCaller) SpentResult(opts *bind.CallOpts, studyId *big.Int, queryHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _PrivacyBudgetLedger.contract.Call(opts, &out, "spentResult", studyId, queryHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SpentResult is a free data retrieval call binding the contract method 0x8352ef01.
//
// Solidity: function spentResult(uint256 studyId, bytes32 queryHash) view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) SpentResult(studyId *big.Int, queryHash [32]byte) ([32]byte, error) {
	return _PrivacyBudgetLedger.Contract.SpentResult(&_PrivacyBudgetLedger.CallOpts, studyId, queryHash)
}

// SpentResult is a free data retrieval call binding the contract method 0x8352ef01.
//
// Solidity: function spentResult(uint256 studyId, bytes32 queryHash) view returns(bytes32)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerSession) SpentResult(studyId *big.Int, queryHash [32]byte) ([32]byte, error) {
	return _PrivacyBudgetLedger.Contract.SpentResult(&_PrivacyBudgetLedger.CallOpts, studyId, queryHash)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _PrivacyBudgetLedger.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _PrivacyBudgetLedger.Contract.SupportsInterface(&_PrivacyBudgetLedger.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _PrivacyBudgetLedger.Contract.SupportsInterface(&_PrivacyBudgetLedger.CallOpts, interfaceId)
}

// Fix is a paid mutator transaction binding the contract method 0x8d34191e.
//
// Solidity: function fix(uint256 studyId) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactor) Fix(opts *bind.TransactOpts, studyId *big.Int) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.contract.Transact(opts, "fix", studyId)
}

// Fix is a paid mutator transaction binding the contract method 0x8d34191e.
//
// Solidity: function fix(uint256 studyId) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) Fix(studyId *big.Int) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.Fix(&_PrivacyBudgetLedger.TransactOpts, studyId)
}

// Fix is a paid mutator transaction binding the contract method 0x8d34191e.
//
// Solidity: function fix(uint256 studyId) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactorSession) Fix(studyId *big.Int) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.Fix(&_PrivacyBudgetLedger.TransactOpts, studyId)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.GrantRole(&_PrivacyBudgetLedger.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.GrantRole(&_PrivacyBudgetLedger.TransactOpts, role, account)
}

// Propose is a paid mutator transaction binding the contract method 0xe1e1c387.
//
// Solidity: function propose(uint256 studyId, uint64 epsilon, uint64 delta) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactor) Propose(opts *bind.TransactOpts, studyId *big.Int, epsilon uint64, delta uint64) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.contract.Transact(opts, "propose", studyId, epsilon, delta)
}

// Propose is a paid mutator transaction binding the contract method 0xe1e1c387.
//
// Solidity: function propose(uint256 studyId, uint64 epsilon, uint64 delta) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) Propose(studyId *big.Int, epsilon uint64, delta uint64) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.Propose(&_PrivacyBudgetLedger.TransactOpts, studyId, epsilon, delta)
}

// Propose is a paid mutator transaction binding the contract method 0xe1e1c387.
//
// Solidity: function propose(uint256 studyId, uint64 epsilon, uint64 delta) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactorSession) Propose(studyId *big.Int, epsilon uint64, delta uint64) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.Propose(&_PrivacyBudgetLedger.TransactOpts, studyId, epsilon, delta)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.RenounceRole(&_PrivacyBudgetLedger.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.RenounceRole(&_PrivacyBudgetLedger.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.RevokeRole(&_PrivacyBudgetLedger.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.RevokeRole(&_PrivacyBudgetLedger.TransactOpts, role, account)
}

// Spend is a paid mutator transaction binding the contract method 0x2afb71fe.
//
// Solidity: function spend(uint256 studyId, bytes32 queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactor) Spend(opts *bind.TransactOpts, studyId *big.Int, queryHash [32]byte, epsilon uint64, delta uint64, resultHash [32]byte) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.contract.Transact(opts, "spend", studyId, queryHash, epsilon, delta, resultHash)
}

// Spend is a paid mutator transaction binding the contract method 0x2afb71fe.
//
// Solidity: function spend(uint256 studyId, bytes32 queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerSession) Spend(studyId *big.Int, queryHash [32]byte, epsilon uint64, delta uint64, resultHash [32]byte) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.Spend(&_PrivacyBudgetLedger.TransactOpts, studyId, queryHash, epsilon, delta, resultHash)
}

// Spend is a paid mutator transaction binding the contract method 0x2afb71fe.
//
// Solidity: function spend(uint256 studyId, bytes32 queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash) returns()
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerTransactorSession) Spend(studyId *big.Int, queryHash [32]byte, epsilon uint64, delta uint64, resultHash [32]byte) (*types.Transaction, error) {
	return _PrivacyBudgetLedger.Contract.Spend(&_PrivacyBudgetLedger.TransactOpts, studyId, queryHash, epsilon, delta, resultHash)
}

// PrivacyBudgetLedgerBudgetFixedIterator is returned from FilterBudgetFixed and is used to iterate over the raw logs and unpacked data for BudgetFixed events raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerBudgetFixedIterator struct {
	Event *PrivacyBudgetLedgerBudgetFixed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PrivacyBudgetLedgerBudgetFixedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PrivacyBudgetLedgerBudgetFixed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PrivacyBudgetLedgerBudgetFixed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PrivacyBudgetLedgerBudgetFixedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PrivacyBudgetLedgerBudgetFixedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PrivacyBudgetLedgerBudgetFixed represents a BudgetFixed event raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerBudgetFixed struct {
	StudyId *big.Int
	Epsilon uint64
	Delta   uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterBudgetFixed is a free log retrieval operation binding the contract event 0xc28c917cbe72b638673c0aaa53d166167f76ed22cb06f289715634424d10ef3e.
//
// Solidity: event BudgetFixed(uint256 indexed studyId, uint64 epsilon, uint64 delta)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) FilterBudgetFixed(opts *bind.FilterOpts, studyId []*big.Int) (*PrivacyBudgetLedgerBudgetFixedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.FilterLogs(opts, "BudgetFixed", studyIdRule)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerBudgetFixedIterator{contract: _PrivacyBudgetLedger.contract, event: "BudgetFixed", logs: logs, sub: sub}, nil
}

// WatchBudgetFixed is a free log subscription operation binding the contract event 0xc28c917cbe72b638673c0aaa53d166167f76ed22cb06f289715634424d10ef3e.
//
// Solidity: event BudgetFixed(uint256 indexed studyId, uint64 epsilon, uint64 delta)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) WatchBudgetFixed(opts *bind.WatchOpts, sink chan<- *PrivacyBudgetLedgerBudgetFixed, studyId []*big.Int) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.WatchLogs(opts, "BudgetFixed", studyIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PrivacyBudgetLedgerBudgetFixed)
				if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "BudgetFixed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBudgetFixed is a log parse operation binding the contract event 0xc28c917cbe72b638673c0aaa53d166167f76ed22cb06f289715634424d10ef3e.
//
// Solidity: event BudgetFixed(uint256 indexed studyId, uint64 epsilon, uint64 delta)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) ParseBudgetFixed(log types.Log) (*PrivacyBudgetLedgerBudgetFixed, error) {
	event := new(PrivacyBudgetLedgerBudgetFixed)
	if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "BudgetFixed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PrivacyBudgetLedgerBudgetProposedIterator is returned from FilterBudgetProposed and is used to iterate over the raw logs and unpacked data for BudgetProposed events raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerBudgetProposedIterator struct {
	Event *PrivacyBudgetLedgerBudgetProposed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PrivacyBudgetLedgerBudgetProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PrivacyBudgetLedgerBudgetProposed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PrivacyBudgetLedgerBudgetProposed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PrivacyBudgetLedgerBudgetProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PrivacyBudgetLedgerBudgetProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PrivacyBudgetLedgerBudgetProposed represents a BudgetProposed event raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerBudgetProposed struct {
	StudyId *big.Int
	Epsilon uint64
	Delta   uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterBudgetProposed is a free log retrieval operation binding the contract event 0x8c868dd337ae5604c3b6d868ac48f804a84b7055a9c970bae2b76eedd712870a.
//
// Solidity: event BudgetProposed(uint256 indexed studyId, uint64 epsilon, uint64 delta)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) FilterBudgetProposed(opts *bind.FilterOpts, studyId []*big.Int) (*PrivacyBudgetLedgerBudgetProposedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.FilterLogs(opts, "BudgetProposed", studyIdRule)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerBudgetProposedIterator{contract: _PrivacyBudgetLedger.contract, event: "BudgetProposed", logs: logs, sub: sub}, nil
}

// WatchBudgetProposed is a free log subscription operation binding the contract event 0x8c868dd337ae5604c3b6d868ac48f804a84b7055a9c970bae2b76eedd712870a.
//
// Solidity: event BudgetProposed(uint256 indexed studyId, uint64 epsilon, uint64 delta)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) WatchBudgetProposed(opts *bind.WatchOpts, sink chan<- *PrivacyBudgetLedgerBudgetProposed, studyId []*big.Int) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.WatchLogs(opts, "BudgetProposed", studyIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PrivacyBudgetLedgerBudgetProposed)
				if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "BudgetProposed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBudgetProposed is a log parse operation binding the contract event 0x8c868dd337ae5604c3b6d868ac48f804a84b7055a9c970bae2b76eedd712870a.
//
// Solidity: event BudgetProposed(uint256 indexed studyId, uint64 epsilon, uint64 delta)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) ParseBudgetProposed(log types.Log) (*PrivacyBudgetLedgerBudgetProposed, error) {
	event := new(PrivacyBudgetLedgerBudgetProposed)
	if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "BudgetProposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PrivacyBudgetLedgerBudgetSpentIterator is returned from FilterBudgetSpent and is used to iterate over the raw logs and unpacked data for BudgetSpent events raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerBudgetSpentIterator struct {
	Event *PrivacyBudgetLedgerBudgetSpent // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PrivacyBudgetLedgerBudgetSpentIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PrivacyBudgetLedgerBudgetSpent)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PrivacyBudgetLedgerBudgetSpent)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PrivacyBudgetLedgerBudgetSpentIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PrivacyBudgetLedgerBudgetSpentIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PrivacyBudgetLedgerBudgetSpent represents a BudgetSpent event raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerBudgetSpent struct {
	StudyId    *big.Int
	QueryHash  [32]byte
	Epsilon    uint64
	Delta      uint64
	ResultHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterBudgetSpent is a free log retrieval operation binding the contract event 0x4f8aaf4b21cddd1778bf6743e9b92e709fc94bab4c0f423487edf30e0d3f3984.
//
// Solidity: event BudgetSpent(uint256 indexed studyId, bytes32 indexed queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) FilterBudgetSpent(opts *bind.FilterOpts, studyId []*big.Int, queryHash [][32]byte) (*PrivacyBudgetLedgerBudgetSpentIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var queryHashRule []interface{}
	for _, queryHashItem := range queryHash {
		queryHashRule = append(queryHashRule, queryHashItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.FilterLogs(opts, "BudgetSpent", studyIdRule, queryHashRule)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerBudgetSpentIterator{contract: _PrivacyBudgetLedger.contract, event: "BudgetSpent", logs: logs, sub: sub}, nil
}

// WatchBudgetSpent is a free log subscription operation binding the contract event 0x4f8aaf4b21cddd1778bf6743e9b92e709fc94bab4c0f423487edf30e0d3f3984.
//
// Solidity: event BudgetSpent(uint256 indexed studyId, bytes32 indexed queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) WatchBudgetSpent(opts *bind.WatchOpts, sink chan<- *PrivacyBudgetLedgerBudgetSpent, studyId []*big.Int, queryHash [][32]byte) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var queryHashRule []interface{}
	for _, queryHashItem := range queryHash {
		queryHashRule = append(queryHashRule, queryHashItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.WatchLogs(opts, "BudgetSpent", studyIdRule, queryHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PrivacyBudgetLedgerBudgetSpent)
				if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "BudgetSpent", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBudgetSpent is a log parse operation binding the contract event 0x4f8aaf4b21cddd1778bf6743e9b92e709fc94bab4c0f423487edf30e0d3f3984.
//
// Solidity: event BudgetSpent(uint256 indexed studyId, bytes32 indexed queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) ParseBudgetSpent(log types.Log) (*PrivacyBudgetLedgerBudgetSpent, error) {
	event := new(PrivacyBudgetLedgerBudgetSpent)
	if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "BudgetSpent", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PrivacyBudgetLedgerRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerRoleAdminChangedIterator struct {
	Event *PrivacyBudgetLedgerRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PrivacyBudgetLedgerRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PrivacyBudgetLedgerRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PrivacyBudgetLedgerRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PrivacyBudgetLedgerRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PrivacyBudgetLedgerRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PrivacyBudgetLedgerRoleAdminChanged represents a RoleAdminChanged event raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*PrivacyBudgetLedgerRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerRoleAdminChangedIterator{contract: _PrivacyBudgetLedger.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *PrivacyBudgetLedgerRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PrivacyBudgetLedgerRoleAdminChanged)
				if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) ParseRoleAdminChanged(log types.Log) (*PrivacyBudgetLedgerRoleAdminChanged, error) {
	event := new(PrivacyBudgetLedgerRoleAdminChanged)
	if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PrivacyBudgetLedgerRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerRoleGrantedIterator struct {
	Event *PrivacyBudgetLedgerRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PrivacyBudgetLedgerRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PrivacyBudgetLedgerRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PrivacyBudgetLedgerRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PrivacyBudgetLedgerRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PrivacyBudgetLedgerRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PrivacyBudgetLedgerRoleGranted represents a RoleGranted event raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*PrivacyBudgetLedgerRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerRoleGrantedIterator{contract: _PrivacyBudgetLedger.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *PrivacyBudgetLedgerRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PrivacyBudgetLedgerRoleGranted)
				if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) ParseRoleGranted(log types.Log) (*PrivacyBudgetLedgerRoleGranted, error) {
	event := new(PrivacyBudgetLedgerRoleGranted)
	if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PrivacyBudgetLedgerRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerRoleRevokedIterator struct {
	Event *PrivacyBudgetLedgerRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PrivacyBudgetLedgerRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PrivacyBudgetLedgerRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PrivacyBudgetLedgerRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PrivacyBudgetLedgerRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PrivacyBudgetLedgerRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PrivacyBudgetLedgerRoleRevoked represents a RoleRevoked event raised by the PrivacyBudgetLedger contract.
type PrivacyBudgetLedgerRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*PrivacyBudgetLedgerRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &PrivacyBudgetLedgerRoleRevokedIterator{contract: _PrivacyBudgetLedger.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *PrivacyBudgetLedgerRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _PrivacyBudgetLedger.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PrivacyBudgetLedgerRoleRevoked)
				if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_PrivacyBudgetLedger *PrivacyBudgetLedgerFilterer) ParseRoleRevoked(log types.Log) (*PrivacyBudgetLedgerRoleRevoked, error) {
	event := new(PrivacyBudgetLedgerRoleRevoked)
	if err := _PrivacyBudgetLedger.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
