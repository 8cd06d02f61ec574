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

// BaselineConsentMetaData contains all meta data concerning the BaselineConsent contract.
var BaselineConsentMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ExpiredConsent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"WrongSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ConsentGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONSENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"expiryOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"grant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b506040518060400160405280601981526020017f4d65644d61726b657420436f6e73656e74526567697374727900000000000000815250604051806040016040528060018152602001603160f81b8152506100708261011760201b60201c565b6101205261007d81610117565b61014052815160208084019190912060e052815190820120610100524660a05261010960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101b8565b5f5f829050601f8151111561014a578260405163305a27a960e01b8152600401610141919061015d565b60405180910390fd5b805161015582610192565b179392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101b2575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516108e56102095f395f61043201525f61040201525f61052f01525f61050701525f61046201525f61048c01525f6104b601526108e55ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806313c6209a14610059578063371aabc7146100ab5780636a86ac38146100c05780637ecebe00146100f557806384b0196e1461011d575b5f5ffd5b61008d6100673660046106c6565b600360209081525f928352604080842090915290825290205467ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020015b60405180910390f35b6100be6100b93660046106f0565b610138565b005b6100e77f3813b035ffdbc45171ab7638badbe13baaf9925bd41153a7b30f3170404466ed81565b6040519081526020016100a2565b6100e76101033660046107b7565b6001600160a01b03165f9081526002602052604090205490565b6101256102e9565b6040516100a29796959493929190610805565b8242111561016157604051630c86a0cb60e11b8152600481018490526024015b60405180910390fd5b604080517f3813b035ffdbc45171ab7638badbe13baaf9925bd41153a7b30f3170404466ed60208201529081018990526001600160a01b03881660608201526080810187905267ffffffffffffffff861660a082015260c0810185905260e081018490525f906101ea90610100016040516020818303038152906040528051906020012061032b565b90505f5f6101f983868661035d565b5090925090505f8160038111156102125761021261089b565b1415806102315750896001600160a01b0316826001600160a01b031614155b1561025a57604051631960afe160e11b81526001600160a01b038b166004820152602401610158565b6102648a886103a4565b5f8b81526003602090815260408083206001600160a01b038e1680855290835292819020805467ffffffffffffffff191667ffffffffffffffff8d1690811790915581518d8152928301528d917fb261dd640b82bbfe369cf96123f3b6b2c1addf1d37860922d608f6421101db29910160405180910390a35050505050505050505050565b5f6060805f5f5f60606102fa6103fb565b61030261042b565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610357610337610456565b8360405161190160f01b8152600281019290925260228201526042902090565b92915050565b5f80806041849003610391578435602086013560408701355f1a6103838982858561057f565b95509550955050505061039b565b505f915060029050825b93509350939050565b6001600160a01b0382165f9081526002602052604090208054600181019091558181146103f6576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610158565b505050565b60606104267f0000000000000000000000000000000000000000000000000000000000000000610647565b905090565b60606104267f0000000000000000000000000000000000000000000000000000000000000000610647565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156104ae57507f000000000000000000000000000000000000000000000000000000000000000046145b156104d857507f000000000000000000000000000000000000000000000000000000000000000090565b610426604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156105b857505f9150600390508261063d565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610609573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661063457505f92506001915082905061063d565b92505f91508190505b9450945094915050565b60605f61065383610684565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561035757604051632cd44ac360e21b815260040160405180910390fd5b80356001600160a01b03811681146106c1575f5ffd5b919050565b5f5f604083850312156106d7575f5ffd5b823591506106e7602084016106ab565b90509250929050565b5f5f5f5f5f5f5f5f60e0898b031215610707575f5ffd5b8835975061071760208a016106ab565b965060408901359550606089013567ffffffffffffffff8116811461073a575f5ffd5b94506080890135935060a0890135925060c089013567ffffffffffffffff811115610763575f5ffd5b89015f80601f83018d13610775575f5ffd5b50813567ffffffffffffffff81111561078c575f5ffd5b6020830191508c60208285010111156107a3575f5ffd5b999c989b5096995094979396929594505050565b5f602082840312156107c7575f5ffd5b6107d0826106ab565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61082360e08301896107d7565b828103604084015261083581896107d7565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561088a57835183526020938401939092019160010161086c565b50909b9a5050505050505050505050565b634e487b7160e01b5f52602160045260245ffdfea26469706673582212204dcb64586520521b61080b483e43abf5b15c5f838b644da6ea1e808b39dccecf64736f6c634300081c0033",
}

// BaselineConsentABI is the input ABI used to generate the binding from.
// Deprecated: Use BaselineConsentMetaData.ABI instead.
var BaselineConsentABI = BaselineConsentMetaData.ABI

// BaselineConsentBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BaselineConsentMetaData.Bin instead.
var BaselineConsentBin = BaselineConsentMetaData.Bin

// DeployBaselineConsent deploys a new Ethereum contract, binding an instance of BaselineConsent to it.
func DeployBaselineConsent(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BaselineConsent, error) {
	parsed, err := BaselineConsentMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BaselineConsentBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BaselineConsent{BaselineConsentCaller: BaselineConsentCaller{contract: contract}, BaselineConsentTransactor: BaselineConsentTransactor{contract: contract}, BaselineConsentFilterer: BaselineConsentFilterer{contract: contract}}, nil
}

// BaselineConsent is an auto generated Go binding around an Ethereum contract.
type BaselineConsent struct {
	BaselineConsentCaller     // Read-only binding to the contract
	BaselineConsentTransactor // Write-only binding to the contract
	BaselineConsentFilterer   // Log filterer for contract events
}

// BaselineConsentCaller is an auto generated read-only Go binding around an Ethereum contract.
type BaselineConsentCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineConsentTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BaselineConsentTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineConsentFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BaselineConsentFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineConsentSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BaselineConsentSession struct {
	Contract     *BaselineConsent  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BaselineConsentCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BaselineConsentCallerSession struct {
	Contract *BaselineConsentCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// BaselineConsentTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BaselineConsentTransactorSession struct {
	Contract     *BaselineConsentTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// BaselineConsentRaw is an auto generated low-level Go binding around an Ethereum contract.
type BaselineConsentRaw struct {
	Contract *BaselineConsent // Generic contract binding to access the raw methods on
}

// BaselineConsentCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BaselineConsentCallerRaw struct {
	Contract *BaselineConsentCaller // Generic read-only contract binding to access the raw methods on
}

// BaselineConsentTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BaselineConsentTransactorRaw struct {
	Contract *BaselineConsentTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBaselineConsent creates a new instance of BaselineConsent, bound to a specific deployed contract.
func NewBaselineConsent(address common.Address, backend bind.ContractBackend) (*BaselineConsent, error) {
	contract, err := bindBaselineConsent(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BaselineConsent{BaselineConsentCaller: BaselineConsentCaller{contract: contract}, BaselineConsentTransactor: BaselineConsentTransactor{contract: contract}, BaselineConsentFilterer: BaselineConsentFilterer{contract: contract}}, nil
}

// NewBaselineConsentCaller creates a new read-only instance of BaselineConsent, bound to a specific deployed contract.
func NewBaselineConsentCaller(address common.Address, caller bind.ContractCaller) (*BaselineConsentCaller, error) {
	contract, err := bindBaselineConsent(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BaselineConsentCaller{contract: contract}, nil
}

// NewBaselineConsentTransactor creates a new write-only instance of BaselineConsent, bound to a specific deployed contract.
func NewBaselineConsentTransactor(address common.Address, transactor bind.ContractTransactor) (*BaselineConsentTransactor, error) {
	contract, err := bindBaselineConsent(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BaselineConsentTransactor{contract: contract}, nil
}

// NewBaselineConsentFilterer creates a new log filterer instance of BaselineConsent, bound to a specific deployed contract.
func NewBaselineConsentFilterer(address common.Address, filterer bind.ContractFilterer) (*BaselineConsentFilterer, error) {
	contract, err := bindBaselineConsent(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BaselineConsentFilterer{contract: contract}, nil
}

// bindBaselineConsent binds a generic wrapper to an already deployed contract.
func bindBaselineConsent(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BaselineConsentMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BaselineConsent *BaselineConsentRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BaselineConsent.Contract.BaselineConsentCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BaselineConsent *BaselineConsentRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BaselineConsent.Contract.BaselineConsentTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BaselineConsent *BaselineConsentRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BaselineConsent.Contract.BaselineConsentTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BaselineConsent *BaselineConsentCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BaselineConsent.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BaselineConsent *BaselineConsentTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BaselineConsent.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BaselineConsent *BaselineConsentTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BaselineConsent.Contract.contract.Transact(opts, method, params...)
}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_BaselineConsent *BaselineConsentCaller) CONSENTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _BaselineConsent.contract.Call(opts, &out, "CONSENT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_BaselineConsent *BaselineConsentSession) CONSENTTYPEHASH() ([32]byte, error) {
	return _BaselineConsent.Contract.CONSENTTYPEHASH(&_BaselineConsent.CallOpts)
}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_BaselineConsent *BaselineConsentCallerSession) CONSENTTYPEHASH() ([32]byte, error) {
	return _BaselineConsent.Contract.CONSENTTYPEHASH(&_BaselineConsent.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BaselineConsent *BaselineConsentCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _BaselineConsent.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BaselineConsent *BaselineConsentSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _BaselineConsent.Contract.Eip712Domain(&_BaselineConsent.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BaselineConsent *BaselineConsentCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _BaselineConsent.Contract.Eip712Domain(&_BaselineConsent.CallOpts)
}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 studyId, address participant) view returns(uint64 expiry)
func (_BaselineConsent *BaselineConsentCaller) ExpiryOf(opts *bind.CallOpts, studyId *big.Int, participant common.Address) (uint64, error) {
	var out []interface{}
	err := _BaselineConsent.contract.Call(opts, &out, "expiryOf", studyId, participant)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 studyId, address participant) view returns(uint64 expiry)
func (_BaselineConsent *BaselineConsentSession) ExpiryOf(studyId *big.Int, participant common.Address) (uint64, error) {
	return _BaselineConsent.Contract.ExpiryOf(&_BaselineConsent.CallOpts, studyId, participant)
}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 studyId, address participant) view returns(uint64 expiry)
func (_BaselineConsent *BaselineConsentCallerSession) ExpiryOf(studyId *big.Int, participant common.Address) (uint64, error) {
	return _BaselineConsent.Contract.ExpiryOf(&_BaselineConsent.CallOpts, studyId, participant)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BaselineConsent *BaselineConsentCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _BaselineConsent.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BaselineConsent *BaselineConsentSession) Nonces(owner common.Address) (*big.Int, error) {
	return _BaselineConsent.Contract.Nonces(&_BaselineConsent.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BaselineConsent *BaselineConsentCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _BaselineConsent.Contract.Nonces(&_BaselineConsent.CallOpts, owner)
}

// Grant is a paid mutator transaction binding the contract method 0x371aabc7.
//
// Solidity: function grant(uint256 studyId, address participant, bytes32 scope, uint64 expiry, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_BaselineConsent *BaselineConsentTransactor) Grant(opts *bind.TransactOpts, studyId *big.Int, participant common.Address, scope [32]byte, expiry uint64, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _BaselineConsent.contract.Transact(opts, "grant", studyId, participant, scope, expiry, nonce, deadline, signature)
}

// Grant is a paid mutator transaction binding the contract method 0x371aabc7.
//
// Solidity: function grant(uint256 studyId, address participant, bytes32 scope, uint64 expiry, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_BaselineConsent *BaselineConsentSession) Grant(studyId *big.Int, participant common.Address, scope [32]byte, expiry uint64, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _BaselineConsent.Contract.Grant(&_BaselineConsent.TransactOpts, studyId, participant, scope, expiry, nonce, deadline, signature)
}

// Grant is a paid mutator transaction binding the contract method 0x371aabc7.
//
// Solidity: function grant(uint256 studyId, address participant, bytes32 scope, uint64 expiry, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_BaselineConsent *BaselineConsentTransactorSession) Grant(studyId *big.Int, participant common.Address, scope [32]byte, expiry uint64, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _BaselineConsent.Contract.Grant(&_BaselineConsent.TransactOpts, studyId, participant, scope, expiry, nonce, deadline, signature)
}

// BaselineConsentConsentGrantedIterator is returned from FilterConsentGranted and is used to iterate over the raw logs and unpacked data for ConsentGranted events raised by the BaselineConsent contract.
type BaselineConsentConsentGrantedIterator struct {
	Event *BaselineConsentConsentGranted // Event containing the contract specifics and raw log

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
func (it *BaselineConsentConsentGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BaselineConsentConsentGranted)
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
		it.Event = new(BaselineConsentConsentGranted)
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
func (it *BaselineConsentConsentGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BaselineConsentConsentGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BaselineConsentConsentGranted represents a ConsentGranted event raised by the BaselineConsent contract.
type BaselineConsentConsentGranted struct {
	StudyId     *big.Int
	Participant common.Address
	Scope       [32]byte
	Expiry      uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterConsentGranted is a free log retrieval operation binding the contract event 0xb261dd640b82bbfe369cf96123f3b6b2c1addf1d37860922d608f6421101db29.
//
// Solidity: event ConsentGranted(uint256 indexed studyId, address indexed participant, bytes32 scope, uint64 expiry)
func (_BaselineConsent *BaselineConsentFilterer) FilterConsentGranted(opts *bind.FilterOpts, studyId []*big.Int, participant []common.Address) (*BaselineConsentConsentGrantedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _BaselineConsent.contract.FilterLogs(opts, "ConsentGranted", studyIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return &BaselineConsentConsentGrantedIterator{contract: _BaselineConsent.contract, event: "ConsentGranted", logs: logs, sub: sub}, nil
}

// WatchConsentGranted is a free log subscription operation binding the contract event 0xb261dd640b82bbfe369cf96123f3b6b2c1addf1d37860922d608f6421101db29.
//
// Solidity: event ConsentGranted(uint256 indexed studyId, address indexed participant, bytes32 scope, uint64 expiry)
func (_BaselineConsent *BaselineConsentFilterer) WatchConsentGranted(opts *bind.WatchOpts, sink chan<- *BaselineConsentConsentGranted, studyId []*big.Int, participant []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _BaselineConsent.contract.WatchLogs(opts, "ConsentGranted", studyIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BaselineConsentConsentGranted)
				if err := _BaselineConsent.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
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

// ParseConsentGranted is a log parse operation binding the contract event 0xb261dd640b82bbfe369cf96123f3b6b2c1addf1d37860922d608f6421101db29.
//
// Solidity: event ConsentGranted(uint256 indexed studyId, address indexed participant, bytes32 scope, uint64 expiry)
func (_BaselineConsent *BaselineConsentFilterer) ParseConsentGranted(log types.Log) (*BaselineConsentConsentGranted, error) {
	event := new(BaselineConsentConsentGranted)
	if err := _BaselineConsent.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BaselineConsentEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the BaselineConsent contract.
type BaselineConsentEIP712DomainChangedIterator struct {
	Event *BaselineConsentEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *BaselineConsentEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BaselineConsentEIP712DomainChanged)
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
		it.Event = new(BaselineConsentEIP712DomainChanged)
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
func (it *BaselineConsentEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BaselineConsentEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BaselineConsentEIP712DomainChanged represents a EIP712DomainChanged event raised by the BaselineConsent contract.
type BaselineConsentEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BaselineConsent *BaselineConsentFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*BaselineConsentEIP712DomainChangedIterator, error) {

	logs, sub, err := _BaselineConsent.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &BaselineConsentEIP712DomainChangedIterator{contract: _BaselineConsent.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BaselineConsent *BaselineConsentFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *BaselineConsentEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _BaselineConsent.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BaselineConsentEIP712DomainChanged)
				if err := _BaselineConsent.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BaselineConsent *BaselineConsentFilterer) ParseEIP712DomainChanged(log types.Log) (*BaselineConsentEIP712DomainChanged, error) {
	event := new(BaselineConsentEIP712DomainChanged)
	if err := _BaselineConsent.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
