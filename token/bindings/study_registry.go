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

// StudyRegistryStudy is an auto generated low-level Go binding around an user-defined struct.
type StudyRegistryStudy struct {
	ProtocolHash  [32]byte
	Researcher    common.Address
	Status        uint8
	ApprovedBy    common.Address
	EpsilonBudget uint64
	DeltaBudget   uint64
	EpsilonSpent  uint64
	DeltaSpent    uint64
	Reward        *big.Int
	Cap           uint32
}

// StudyRegistryMetaData contains all meta data concerning the StudyRegistry contract.
var StudyRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"}],\"name\":\"AlreadySpent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"BudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotEthicsBoard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotResearcher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ProtocolMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"UnknownStudy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"enumStudyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"BudgetSpent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"protocolHash\",\"type\":\"bytes32\"}],\"name\":\"StudyApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"researcher\",\"type\":\"address\"}],\"name\":\"StudyClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"researcher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"protocolHash\",\"type\":\"bytes32\"}],\"name\":\"StudyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"protocolHash\",\"type\":\"bytes32\"}],\"name\":\"StudyRejected\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"APPROVE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOSE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPUTE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ETHICS_BOARD_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REJECT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"protocolHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"researcher\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"getStudy\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"protocolHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"researcher\",\"type\":\"address\"},{\"internalType\":\"enumStudyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"approvedBy\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epsilonBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"internalType\":\"structStudyRegistry.Study\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"isApproved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"protocolHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epsilonBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"researcher\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"protocolHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"board\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"reject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"spend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"}],\"name\":\"spentResult\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumStudyStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"studies\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"protocolHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"researcher\",\"type\":\"address\"},{\"internalType\":\"enumStudyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"approvedBy\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epsilonBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deltaSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"studyCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161202038038061202083398101604081905261002f9161026b565b6040518060400160405280601781526020017f4d65644d61726b65742053747564795265676973747279000000000000000000815250604051806040016040528060018152602001603160f81b81525061008e8261018560201b60201c565b6101205261009b81610185565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661017457604051632197ada560e11b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b61017e5f826101c2565b50506102f3565b5f5f829050601f815111156101af578260405163305a27a960e01b815260040161016b9190610298565b80516101ba826102cd565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610262575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561021a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610265565b505f5b92915050565b5f6020828403121561027b575f5ffd5b81516001600160a01b0381168114610291575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102ed575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051611cdc6103445f395f6114a101525f61147601525f61131301525f6112eb01525f61124601525f61127001525f61129a0152611cdc5ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c80637910867b116100f3578063c4dd586511610093578063d527c2801161006e578063d527c280146104c1578063d547741f146104e8578063e455fa5a146104fb578063ecc6cbb414610504575f5ffd5b8063c4dd586514610474578063c9f10f8c14610487578063d0c6fe2e146104ae575f5ffd5b806384b0196e116100ce57806384b0196e1461041857806391d1485414610433578063a217fddf14610446578063b6805a9f1461044d575f5ffd5b80637910867b146103b35780637ecebe00146103c65780638352ef01146103ee575f5ffd5b80633644e5151161015e57806342d21ef71161013957806342d21ef71461028d5780635621caa8146102c6578063611d2c96146102ed5780636a5306a31461038c575f5ffd5b80633644e5151461025f57806336568abe146102675780633dd475331461027a575f5ffd5b806301ffc9a7146101a5578063208e24fc146101cd578063248a9ca3146102025780632afb71fe146102245780632f2ff15d1461023957806333b31dce1461024c575b5f5ffd5b6101b86101b33660046116f3565b610524565b60405190151581526020015b60405180910390f35b6101f47f389f608e124e8ed2caf3ff9eae7bcfd887e78b5abfca324f7a9ce5620c86d82c81565b6040519081526020016101c4565b6101f4610210366004611721565b5f9081526020819052604090206001015490565b61023761023236600461174e565b61055a565b005b6102376102473660046117ae565b61083c565b61023761025a36600461181c565b610866565b6101f461090b565b6102376102753660046117ae565b610919565b610237610288366004611890565b610951565b6102b961029b366004611721565b5f90815260046020526040902060010154600160a01b900460ff1690565b6040516101c4919061192f565b6101f47fe5b8f7ca18878192fcc571aba68f0fe9ed12df0ca520346eb260e03b71f192e181565b6103766102fb366004611721565b600460208190525f918252604090912080546001820154600283015460038401549484015460059094015492946001600160a01b038084169560ff600160a01b958690041695918416946001600160401b03940484169383811693600160401b8104821693600160801b909104909116919063ffffffff168a565b6040516101c49a9998979695949392919061193d565b6101f47f2c778e2d0b79c1843efdce22710f9cee200f926df9dc3d7acee8d30c677cf99a81565b6101b86103c1366004611721565b610ad5565b6101f46103d43660046119b8565b6001600160a01b03165f9081526003602052604090205490565b6101f46103fc3660046119d1565b5f91825260066020908152604080842092845291905290205490565b610420610b0d565b6040516101c49796959493929190611a1f565b6101b86104413660046117ae565b610b4f565b6101f45f81565b6101f47f6c5b5a834079036334369f9a57528d439cb5a0037652ae18b5b7ec53969dcd1281565b61023761048236600461181c565b610b77565b6101f47f3c092ca5c8c79b0f8250773ce64cfd8016a2200fcc8c0fb1952e05be9010fff681565b6101f46104bc366004611ab5565b610c2f565b6101f47f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd81565b6102376104f63660046117ae565b610edb565b6101f460055481565b610517610512366004611721565b610eff565b6040516101c49190611b68565b5f6001600160e01b03198216637965db0b60e01b148061055457506301ffc9a760e01b6001600160e01b03198316145b92915050565b7f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd6105848161102c565b5f61058e87611039565b905060026001820154600160a01b900460ff1660048111156105b2576105b26118fb565b146105ee57868160010160149054906101000a900460ff1660405163a5d15e1f60e01b81526004016105e5929190611c53565b60405180910390fd5b8561062857604051632197ada560e11b81526020600482015260096024820152680e2eacae4f290c2e6d60bb1b60448201526064016105e5565b8261066357604051632197ada560e11b815260206004820152600a6024820152690e4cae6ead8e890c2e6d60b31b60448201526064016105e5565b846001600160401b03165f036106a657604051632197ada560e11b815260206004820152600760248201526632b839b4b637b760c91b60448201526064016105e5565b5f878152600660209081526040808320898452909152902054156106e0576040516304ee081f60e21b8152600481018790526024016105e5565b60038101545f90610704906001600160401b0380891691600160401b900416611c7b565b60038301549091505f9061072b906001600160401b0380891691600160801b900416611c7b565b6002840154909150600160a01b90046001600160401b031682118061075c575060038301546001600160401b031681115b1561077d576040516319af843d60e01b8152600481018a90526024016105e5565b60038301805477ffffffffffffffffffffffffffffffff00000000000000001916600160401b6001600160401b038581169190910267ffffffffffffffff60801b191691909117600160801b84831602179091555f8a81526006602090815260408083208c845282529182902088905581518a8416815292891690830152810186905288908a907f4f8aaf4b21cddd1778bf6743e9b92e709fc94bab4c0f423487edf30e0d3f39849060600160405180910390a3505050505050505050565b5f828152602081905260409020600101546108568161102c565b610860838361108d565b50505050565b6108967fe5b8f7ca18878192fcc571aba68f0fe9ed12df0ca520346eb260e03b71f192e18888888888888861111c565b5f87815260046020526040902060010180546003919060ff60a01b1916600160a01b830217905550846001600160a01b0316877f6a5029c38b17a3527518ba77eec32e5ee97f2493bdc5327a2d57a11cfe8a1570886040516108fa91815260200190565b60405180910390a350505050505050565b5f61091461123a565b905090565b6001600160a01b03811633146109425760405163334bd91960e11b815260040160405180910390fd5b61094c8282611363565b505050565b604080517f389f608e124e8ed2caf3ff9eae7bcfd887e78b5abfca324f7a9ce5620c86d82c602082015290810187905260608101859052608081018490526109b890869060a0015b60405160208183030381529060405280519060200120868686866113cc565b5f6109c287611039565b60018101549091506001600160a01b03878116911614610a005760405163e2d0e60560e01b81526001600160a01b03871660048201526024016105e5565b600180820154600160a01b900460ff166004811115610a2157610a216118fb565b14158015610a4f575060026001820154600160a01b900460ff166004811115610a4c57610a4c6118fb565b14155b15610a8257868160010160149054906101000a900460ff1660405163a5d15e1f60e01b81526004016105e5929190611c53565b60018101805460ff60a01b1916600160a21b1790556040516001600160a01b0387169088907fd0fcbc7d18332fd8b004e248576034ebb755980cefd0017970f6e63ce0c329f5905f90a350505050505050565b5f60025f83815260046020819052604090912060010154600160a01b900460ff1690811115610b0657610b066118fb565b1492915050565b5f6060805f5f5f6060610b1e61146f565b610b2661149a565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610ba77f3c092ca5c8c79b0f8250773ce64cfd8016a2200fcc8c0fb1952e05be9010fff68888888888888861111c565b5f8781526004602052604090206001810180546002919060ff60a01b1916600160a01b8302179055506002810180546001600160a01b0319166001600160a01b03881690811790915560405188815289907f7f24b777eec20e2d48826114a1f7f3a9dba9864837de9b858d07fd3a9d2cab059060200160405180910390a35050505050505050565b604080517f2c778e2d0b79c1843efdce22710f9cee200f926df9dc3d7acee8d30c677cf99a60208201529081018b90526001600160401b03808b1660608301528916608082015260a0810188905263ffffffff871660c082015260e0810185905261010081018490525f90610cc39087906101200160405160208183030381529060405280519060200120878787876113cc565b8a610d0057604051632197ada560e11b815260206004820152600c60248201526b0e0e4dee8dec6ded890c2e6d60a31b60448201526064016105e5565b896001600160401b03165f03610d4957604051632197ada560e11b815260206004820152600d60248201526c195c1cda5b1bdb909d5919d95d609a1b60448201526064016105e5565b875f03610d8257604051632197ada560e11b81526020600482015260066024820152651c995dd85c9960d21b60448201526064016105e5565b8663ffffffff165f03610dbe57604051632197ada560e11b815260206004820152600360248201526206361760ec1b60448201526064016105e5565b60055f8154610dcc90611c8e565b91829055505f8181526004602052604090208c8155600180820180546001600160a01b038b166001600160a01b03198216811783559495509293919290916001600160a81b031990911617600160a01b8302179055506002810180546001600160401b03808e16600160a01b0267ffffffffffffffff60a01b1990921691909117909155600382018054918c1667ffffffffffffffff199092169190911790556004810189905560058101805463ffffffff8a1663ffffffff199091161790556040518c81526001600160a01b0388169083907f5daf84dedd7447b854b02479a0e1373b03e931ae2824650b434b133ace1280279060200160405180910390a3509a9950505050505050505050565b5f82815260208190526040902060010154610ef58161102c565b6108608383611363565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525f828152600460208181526040928390208351610140810185528154815260018201546001600160a01b0381169382019390935293909290840191600160a01b900460ff1690811115610fa457610fa46118fb565b6004811115610fb557610fb56118fb565b815260028201546001600160a01b03811660208301526001600160401b03600160a01b9091048116604083015260038301548082166060840152600160401b810482166080840152600160801b90041660a0820152600482015460c082015260059091015463ffffffff1660e09091015292915050565b61103681336114c5565b50565b5f818152600460205260408120906001820154600160a01b900460ff166004811115611067576110676118fb565b03611088576040516311116d1f60e11b8152600481018390526024016105e5565b919050565b5f6110988383610b4f565b611115575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556110cd3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610554565b505f610554565b60408051602081018a9052908101889052606081018790526080810185905260a0810184905261115090869060c001610999565b61117a7f6c5b5a834079036334369f9a57528d439cb5a0037652ae18b5b7ec53969dcd1286610b4f565b6111a25760405163da857f1d60e01b81526001600160a01b03861660048201526024016105e5565b5f6111ac88611039565b9050600180820154600160a01b900460ff1660048111156111cf576111cf6118fb565b1461120257878160010160149054906101000a900460ff1660405163a5d15e1f60e01b81526004016105e5929190611c53565b8054871461122f578054604051623add2960ea1b81526004810191909152602481018890526044016105e5565b505050505050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561129257507f000000000000000000000000000000000000000000000000000000000000000046145b156112bc57507f000000000000000000000000000000000000000000000000000000000000000090565b610914604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f61136e8383610b4f565b15611115575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610554565b824211156113f057604051637c06dd7560e11b8152600481018490526024016105e5565b5f5f6114056113fe88611502565b858561152e565b5090925090505f81600381111561141e5761141e6118fb565b14158061143d5750876001600160a01b0316826001600160a01b031614155b1561145b57604051638baa579f60e01b815260040160405180910390fd5b6114658887611575565b5050505050505050565b60606109147f00000000000000000000000000000000000000000000000000000000000000006115c7565b60606109147f00000000000000000000000000000000000000000000000000000000000000006115c7565b6114cf8282610b4f565b6114fe5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016105e5565b5050565b5f61055461150e61123a565b8360405161190160f01b8152600281019290925260228201526042902090565b5f80806041849003611562578435602086013560408701355f1a61155489828585611604565b95509550955050505061156c565b505f915060029050825b93509350939050565b6001600160a01b0382165f90815260036020526040902080546001810190915581811461094c576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016105e5565b60605f6115d3836116cc565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561163d57505f915060039050826116c2565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561168e573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166116b957505f9250600191508290506116c2565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561055457604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215611703575f5ffd5b81356001600160e01b03198116811461171a575f5ffd5b9392505050565b5f60208284031215611731575f5ffd5b5035919050565b80356001600160401b0381168114611088575f5ffd5b5f5f5f5f5f60a08688031215611762575f5ffd5b853594506020860135935061177960408701611738565b925061178760608701611738565b949793965091946080013592915050565b80356001600160a01b0381168114611088575f5ffd5b5f5f604083850312156117bf575f5ffd5b823591506117cf60208401611798565b90509250929050565b5f5f83601f8401126117e8575f5ffd5b5081356001600160401b038111156117fe575f5ffd5b602083019150836020828501011115611815575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611832575f5ffd5b873596506020880135955061184960408901611798565b9450606088013593506080880135925060a08801356001600160401b03811115611871575f5ffd5b61187d8a828b016117d8565b989b979a50959850939692959293505050565b5f5f5f5f5f5f60a087890312156118a5575f5ffd5b863595506118b560208801611798565b9450604087013593506060870135925060808701356001600160401b038111156118dd575f5ffd5b6118e989828a016117d8565b979a9699509497509295939492505050565b634e487b7160e01b5f52602160045260245ffd5b6005811061192b57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610554828461190f565b8a81526001600160a01b038a1660208201526101408101611961604083018b61190f565b6001600160a01b039890981660608201526001600160401b03968716608082015294861660a086015292851660c0850152931660e083015261010082019290925263ffffffff909116610120909101529392505050565b5f602082840312156119c8575f5ffd5b61171a82611798565b5f5f604083850312156119e2575f5ffd5b50508035926020909101359150565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f611a3d60e08301896119f1565b8281036040840152611a4f81896119f1565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611aa4578351835260209384019390920191600101611a86565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f5f5f5f6101208b8d031215611acf575f5ffd5b8a359950611adf60208c01611738565b9850611aed60408c01611738565b975060608b0135965060808b013563ffffffff81168114611b0c575f5ffd5b9550611b1a60a08c01611798565b945060c08b0135935060e08b013592506101008b01356001600160401b03811115611b43575f5ffd5b611b4f8d828e016117d8565b915080935050809150509295989b9194979a5092959850565b81518152602080830151610140830191611b8c908401826001600160a01b03169052565b506040830151611b9f604084018261190f565b506060830151611bba60608401826001600160a01b03169052565b506080830151611bd560808401826001600160401b03169052565b5060a0830151611bf060a08401826001600160401b03169052565b5060c0830151611c0b60c08401826001600160401b03169052565b5060e0830151611c2660e08401826001600160401b03169052565b50610100830151610100830152610120830151611c4c61012084018263ffffffff169052565b5092915050565b8281526040810161171a602083018461190f565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561055457610554611c67565b5f60018201611c9f57611c9f611c67565b506001019056fea26469706673582212201e8bc0b169ce17d1f95cf5778dd7840b675204620a7545106dd2825f239fa91464736f6c634300081c0033",
}

// StudyRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use StudyRegistryMetaData.ABI instead.
var StudyRegistryABI = StudyRegistryMetaData.ABI

// StudyRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StudyRegistryMetaData.Bin instead.
var StudyRegistryBin = StudyRegistryMetaData.Bin

// DeployStudyRegistry deploys a new Ethereum contract, binding an instance of StudyRegistry to it.
func DeployStudyRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address) (common.Address, *types.Transaction, *StudyRegistry, error) {
	parsed, err := StudyRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StudyRegistryBin), backend, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &StudyRegistry{StudyRegistryCaller: StudyRegistryCaller{contract: contract}, StudyRegistryTransactor: StudyRegistryTransactor{contract: contract}, StudyRegistryFilterer: StudyRegistryFilterer{contract: contract}}, nil
}

// StudyRegistry is an auto generated Go binding around an Ethereum contract.
type StudyRegistry struct {
	StudyRegistryCaller     // Read-only binding to the contract
	StudyRegistryTransactor // Write-only binding to the contract
	StudyRegistryFilterer   // Log filterer for contract events
}

// StudyRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type StudyRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StudyRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StudyRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StudyRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StudyRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StudyRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StudyRegistrySession struct {
	Contract     *StudyRegistry    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StudyRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StudyRegistryCallerSession struct {
	Contract *StudyRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// StudyRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StudyRegistryTransactorSession struct {
	Contract     *StudyRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// StudyRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type StudyRegistryRaw struct {
	Contract *StudyRegistry // Generic contract binding to access the raw methods on
}

// StudyRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StudyRegistryCallerRaw struct {
	Contract *StudyRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// StudyRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StudyRegistryTransactorRaw struct {
	Contract *StudyRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStudyRegistry creates a new instance of StudyRegistry, bound to a specific deployed contract.
func NewStudyRegistry(address common.Address, backend bind.ContractBackend) (*StudyRegistry, error) {
	contract, err := bindStudyRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StudyRegistry{StudyRegistryCaller: StudyRegistryCaller{contract: contract}, StudyRegistryTransactor: StudyRegistryTransactor{contract: contract}, StudyRegistryFilterer: StudyRegistryFilterer{contract: contract}}, nil
}

// NewStudyRegistryCaller creates a new read-only instance of StudyRegistry, bound to a specific deployed contract.
func NewStudyRegistryCaller(address common.Address, caller bind.ContractCaller) (*StudyRegistryCaller, error) {
	contract, err := bindStudyRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryCaller{contract: contract}, nil
}

// NewStudyRegistryTransactor creates a new write-only instance of StudyRegistry, bound to a specific deployed contract.
func NewStudyRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*StudyRegistryTransactor, error) {
	contract, err := bindStudyRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryTransactor{contract: contract}, nil
}

// NewStudyRegistryFilterer creates a new log filterer instance of StudyRegistry, bound to a specific deployed contract.
func NewStudyRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*StudyRegistryFilterer, error) {
	contract, err := bindStudyRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryFilterer{contract: contract}, nil
}

// bindStudyRegistry binds a generic wrapper to an already deployed contract.
func bindStudyRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StudyRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StudyRegistry *StudyRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StudyRegistry.Contract.StudyRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StudyRegistry *StudyRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StudyRegistry.Contract.StudyRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StudyRegistry *StudyRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StudyRegistry.Contract.StudyRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StudyRegistry *StudyRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StudyRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StudyRegistry *StudyRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StudyRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StudyRegistry *StudyRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StudyRegistry.Contract.contract.Transact(opts, method, params...)
}

// APPROVETYPEHASH is a free data retrieval call binding the contract method 0xc9f10f8c.
//
// Solidity: function APPROVE_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) APPROVETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "APPROVE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// APPROVETYPEHASH is a free data retrieval call binding the contract method 0xc9f10f8c.
//
// Solidity: function APPROVE_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) APPROVETYPEHASH() ([32]byte, error) {
	return _StudyRegistry.Contract.APPROVETYPEHASH(&_StudyRegistry.CallOpts)
}

// APPROVETYPEHASH is a free data retrieval call binding the contract method 0xc9f10f8c.
//
// Solidity: function APPROVE_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) APPROVETYPEHASH() ([32]byte, error) {
	return _StudyRegistry.Contract.APPROVETYPEHASH(&_StudyRegistry.CallOpts)
}

// CLOSETYPEHASH is a free data retrieval call binding the contract method 0x208e24fc.
//
// Solidity: function CLOSE_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) CLOSETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "CLOSE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CLOSETYPEHASH is a free data retrieval call binding the contract method 0x208e24fc.
//
// Solidity: function CLOSE_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) CLOSETYPEHASH() ([32]byte, error) {
	return _StudyRegistry.Contract.CLOSETYPEHASH(&_StudyRegistry.CallOpts)
}

// CLOSETYPEHASH is a free data retrieval call binding the contract method 0x208e24fc.
//
// Solidity: function CLOSE_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) CLOSETYPEHASH() ([32]byte, error) {
	return _StudyRegistry.Contract.CLOSETYPEHASH(&_StudyRegistry.CallOpts)
}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) COMPUTEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "COMPUTE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) COMPUTEROLE() ([32]byte, error) {
	return _StudyRegistry.Contract.COMPUTEROLE(&_StudyRegistry.CallOpts)
}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) COMPUTEROLE() ([32]byte, error) {
	return _StudyRegistry.Contract.COMPUTEROLE(&_StudyRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _StudyRegistry.Contract.DEFAULTADMINROLE(&_StudyRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _StudyRegistry.Contract.DEFAULTADMINROLE(&_StudyRegistry.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) DOMAINSEPARATOR() ([32]byte, error) {
	return _StudyRegistry.Contract.DOMAINSEPARATOR(&_StudyRegistry.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _StudyRegistry.Contract.DOMAINSEPARATOR(&_StudyRegistry.CallOpts)
}

// ETHICSBOARDROLE is a free data retrieval call binding the contract method 0xb6805a9f.
//
// Solidity: function ETHICS_BOARD_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) ETHICSBOARDROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "ETHICS_BOARD_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ETHICSBOARDROLE is a free data retrieval call binding the contract method 0xb6805a9f.
//
// Solidity: function ETHICS_BOARD_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) ETHICSBOARDROLE() ([32]byte, error) {
	return _StudyRegistry.Contract.ETHICSBOARDROLE(&_StudyRegistry.CallOpts)
}

// ETHICSBOARDROLE is a free data retrieval call binding the contract method 0xb6805a9f.
//
// Solidity: function ETHICS_BOARD_ROLE() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) ETHICSBOARDROLE() ([32]byte, error) {
	return _StudyRegistry.Contract.ETHICSBOARDROLE(&_StudyRegistry.CallOpts)
}

// REGISTERTYPEHASH is a free data retrieval call binding the contract method 0x6a5306a3.
//
// Solidity: function REGISTER_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) REGISTERTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "REGISTER_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTERTYPEHASH is a free data retrieval call binding the contract method 0x6a5306a3.
//
// Solidity: function REGISTER_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) REGISTERTYPEHASH() ([32]byte, error) {
	return _StudyRegistry.Contract.REGISTERTYPEHASH(&_StudyRegistry.CallOpts)
}

// REGISTERTYPEHASH is a free data retrieval call binding the contract method 0x6a5306a3.
//
// Solidity: function REGISTER_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) REGISTERTYPEHASH() ([32]byte, error) {
	return _StudyRegistry.Contract.REGISTERTYPEHASH(&_StudyRegistry.CallOpts)
}

// REJECTTYPEHASH is a free data retrieval call binding the contract method 0x5621caa8.
//
// Solidity: function REJECT_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) REJECTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "REJECT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REJECTTYPEHASH is a free data retrieval call binding the contract method 0x5621caa8.
//
// Solidity: function REJECT_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) REJECTTYPEHASH() ([32]byte, error) {
	return _StudyRegistry.Contract.REJECTTYPEHASH(&_StudyRegistry.CallOpts)
}

// REJECTTYPEHASH is a free data retrieval call binding the contract method 0x5621caa8.
//
// Solidity: function REJECT_TYPEHASH() view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) REJECTTYPEHASH() ([32]byte, error) {
	return _StudyRegistry.Contract.REJECTTYPEHASH(&_StudyRegistry.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StudyRegistry *StudyRegistryCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "eip712Domain")

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
func (_StudyRegistry *StudyRegistrySession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StudyRegistry.Contract.Eip712Domain(&_StudyRegistry.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StudyRegistry *StudyRegistryCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StudyRegistry.Contract.Eip712Domain(&_StudyRegistry.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _StudyRegistry.Contract.GetRoleAdmin(&_StudyRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _StudyRegistry.Contract.GetRoleAdmin(&_StudyRegistry.CallOpts, role)
}

// GetStudy is a free data retrieval call binding the contract method 0xecc6cbb4.
//
// Solidity: function getStudy(uint256 studyId) view returns((bytes32,address,uint8,address,uint64,uint64,uint64,uint64,uint256,uint32))
func (_StudyRegistry *StudyRegistryCaller) GetStudy(opts *bind.CallOpts, studyId *big.Int) (StudyRegistryStudy, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "getStudy", studyId)

	if err != nil {
		return *new(StudyRegistryStudy), err
	}

	out0 := *abi.ConvertType(out[0], new(StudyRegistryStudy)).(*StudyRegistryStudy)

	return out0, err

}

// GetStudy is a free data retrieval call binding the contract method 0xecc6cbb4.
//
// Solidity: function getStudy(uint256 studyId) view returns((bytes32,address,uint8,address,uint64,uint64,uint64,uint64,uint256,uint32))
func (_StudyRegistry *StudyRegistrySession) GetStudy(studyId *big.Int) (StudyRegistryStudy, error) {
	return _StudyRegistry.Contract.GetStudy(&_StudyRegistry.CallOpts, studyId)
}

// GetStudy is a free data retrieval call binding the contract method 0xecc6cbb4.
//
// Solidity: function getStudy(uint256 studyId) view returns((bytes32,address,uint8,address,uint64,uint64,uint64,uint64,uint256,uint32))
func (_StudyRegistry *StudyRegistryCallerSession) GetStudy(studyId *big.Int) (StudyRegistryStudy, error) {
	return _StudyRegistry.Contract.GetStudy(&_StudyRegistry.CallOpts, studyId)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StudyRegistry *StudyRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StudyRegistry *StudyRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _StudyRegistry.Contract.HasRole(&_StudyRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StudyRegistry *StudyRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _StudyRegistry.Contract.HasRole(&_StudyRegistry.CallOpts, role, account)
}

// IsApproved is a free data retrieval call binding the contract method 0x7910867b.
//
// Solidity: function isApproved(uint256 studyId) view returns(bool)
func (_StudyRegistry *StudyRegistryCaller) IsApproved(opts *bind.CallOpts, studyId *big.Int) (bool, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "isApproved", studyId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsApproved is a free data retrieval call binding the contract method 0x7910867b.
//
// Solidity: function isApproved(uint256 studyId) view returns(bool)
func (_StudyRegistry *StudyRegistrySession) IsApproved(studyId *big.Int) (bool, error) {
	return _StudyRegistry.Contract.IsApproved(&_StudyRegistry.CallOpts, studyId)
}

// IsApproved is a free data retrieval call binding the contract method 0x7910867b.
//
// Solidity: function isApproved(uint256 studyId) view returns(bool)
func (_StudyRegistry *StudyRegistryCallerSession) IsApproved(studyId *big.Int) (bool, error) {
	return _StudyRegistry.Contract.IsApproved(&_StudyRegistry.CallOpts, studyId)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StudyRegistry *StudyRegistryCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StudyRegistry *StudyRegistrySession) Nonces(owner common.Address) (*big.Int, error) {
	return _StudyRegistry.Contract.Nonces(&_StudyRegistry.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StudyRegistry *StudyRegistryCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _StudyRegistry.Contract.Nonces(&_StudyRegistry.CallOpts, owner)
}

// SpentResult is a free data retrieval call binding the contract method 0x8352ef01.
//
// Solidity: function spentResult(uint256 studyId, bytes32 queryHash) view returns(bytes32)
func (_StudyRegistry *StudyRegistryCaller) SpentResult(opts *bind.CallOpts, studyId *big.Int, queryHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "spentResult", studyId, queryHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SpentResult is a free data retrieval call binding the contract method 0x8352ef01.
//
// Solidity: function spentResult(uint256 studyId, bytes32 queryHash) view returns(bytes32)
func (_StudyRegistry *StudyRegistrySession) SpentResult(studyId *big.Int, queryHash [32]byte) ([32]byte, error) {
	return _StudyRegistry.Contract.SpentResult(&_StudyRegistry.CallOpts, studyId, queryHash)
}

// SpentResult is a free data retrieval call binding the contract method 0x8352ef01.
//
// Solidity: function spentResult(uint256 studyId, bytes32 queryHash) view returns(bytes32)
func (_StudyRegistry *StudyRegistryCallerSession) SpentResult(studyId *big.Int, queryHash [32]byte) ([32]byte, error) {
	return _StudyRegistry.Contract.SpentResult(&_StudyRegistry.CallOpts, studyId, queryHash)
}

// Status is a free data retrieval call binding the contract method 0x42d21ef7.
//
// Solidity: function status(uint256 studyId) view returns(uint8)
func (_StudyRegistry *StudyRegistryCaller) Status(opts *bind.CallOpts, studyId *big.Int) (uint8, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "status", studyId)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Status is a free data retrieval call binding the contract method 0x42d21ef7.
//
// Solidity: function status(uint256 studyId) view returns(uint8)
func (_StudyRegistry *StudyRegistrySession) Status(studyId *big.Int) (uint8, error) {
	return _StudyRegistry.Contract.Status(&_StudyRegistry.CallOpts, studyId)
}

// Status is a free data retrieval call binding the contract method 0x42d21ef7.
//
// Solidity: function status(uint256 studyId) view returns(uint8)
func (_StudyRegistry *StudyRegistryCallerSession) Status(studyId *big.Int) (uint8, error) {
	return _StudyRegistry.Contract.Status(&_StudyRegistry.CallOpts, studyId)
}

// Studies is a free data retrieval call binding the contract method 0x611d2c96.
//
// Solidity: function studies(uint256 studyId) view returns(bytes32 protocolHash, address researcher, uint8 status, address approvedBy, uint64 epsilonBudget, uint64 deltaBudget, uint64 epsilonSpent, uint64 deltaSpent, uint256 reward, uint32 cap)
func (_StudyRegistry *StudyRegistryCaller) Studies(opts *bind.CallOpts, studyId *big.Int) (struct {
	ProtocolHash  [32]byte
	Researcher    common.Address
	Status        uint8
	ApprovedBy    common.Address
	EpsilonBudget uint64
	DeltaBudget   uint64
	EpsilonSpent  uint64
	DeltaSpent    uint64
	Reward        *big.Int
	Cap           uint32
}, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "studies", studyId)

	outstruct := new(struct {
		ProtocolHash  [32]byte
		Researcher    common.Address
		Status        uint8
		ApprovedBy    common.Address
		EpsilonBudget uint64
		DeltaBudget   uint64
		EpsilonSpent  uint64
		DeltaSpent    uint64
		Reward        *big.Int
		Cap           uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.ProtocolHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Researcher = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.ApprovedBy = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.EpsilonBudget = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.DeltaBudget = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.EpsilonSpent = *abi.ConvertType(out[6], new(uint64)).(*uint64)
	outstruct.DeltaSpent = *abi.ConvertType(out[7], new(uint64)).(*uint64)
	outstruct.Reward = *abi.ConvertType(out[8], new(*big.Int)).(**big.Int)
	outstruct.Cap = *abi.ConvertType(out[9], new(uint32)).(*uint32)

	return *outstruct, err

}

// Studies is a free data retrieval call binding the contract method 0x611d2c96.
//
// Solidity: function studies(uint256 studyId) view returns(bytes32 protocolHash, address researcher, uint8 status, address approvedBy, uint64 epsilonBudget, uint64 deltaBudget, uint64 epsilonSpent, uint64 deltaSpent, uint256 reward, uint32 cap)
func (_StudyRegistry *StudyRegistrySession) Studies(studyId *big.Int) (struct {
	ProtocolHash  [32]byte
	Researcher    common.Address
	Status        uint8
	ApprovedBy    common.Address
	EpsilonBudget uint64
	DeltaBudget   uint64
	EpsilonSpent  uint64
	DeltaSpent    uint64
	Reward        *big.Int
	Cap           uint32
}, error) {
	return _StudyRegistry.Contract.Studies(&_StudyRegistry.CallOpts, studyId)
}

// Studies is a free data retrieval call binding the contract method 0x611d2c96.
//
// Solidity: function studies(uint256 studyId) view returns(bytes32 protocolHash, address researcher, uint8 status, address approvedBy, uint64 epsilonBudget, uint64 deltaBudget, uint64 epsilonSpent, uint64 deltaSpent, uint256 reward, uint32 cap)
func (_StudyRegistry *StudyRegistryCallerSession) Studies(studyId *big.Int) (struct {
	ProtocolHash  [32]byte
	Researcher    common.Address
	Status        uint8
	ApprovedBy    common.Address
	EpsilonBudget uint64
	DeltaBudget   uint64
	EpsilonSpent  uint64
	DeltaSpent    uint64
	Reward        *big.Int
	Cap           uint32
}, error) {
	return _StudyRegistry.Contract.Studies(&_StudyRegistry.CallOpts, studyId)
}

// StudyCount is a free data retrieval call binding the contract method 0xe455fa5a.
//
// Solidity: function studyCount() view returns(uint256)
func (_StudyRegistry *StudyRegistryCaller) StudyCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "studyCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StudyCount is a free data retrieval call binding the contract method 0xe455fa5a.
//
// Solidity: function studyCount() view returns(uint256)
func (_StudyRegistry *StudyRegistrySession) StudyCount() (*big.Int, error) {
	return _StudyRegistry.Contract.StudyCount(&_StudyRegistry.CallOpts)
}

// StudyCount is a free data retrieval call binding the contract method 0xe455fa5a.
//
// Solidity: function studyCount() view returns(uint256)
func (_StudyRegistry *StudyRegistryCallerSession) StudyCount() (*big.Int, error) {
	return _StudyRegistry.Contract.StudyCount(&_StudyRegistry.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StudyRegistry *StudyRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _StudyRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StudyRegistry *StudyRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _StudyRegistry.Contract.SupportsInterface(&_StudyRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StudyRegistry *StudyRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _StudyRegistry.Contract.SupportsInterface(&_StudyRegistry.CallOpts, interfaceId)
}

// Approve is a paid mutator transaction binding the contract method 0xc4dd5865.
//
// Solidity: function approve(uint256 studyId, bytes32 protocolHash, address board, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistryTransactor) Approve(opts *bind.TransactOpts, studyId *big.Int, protocolHash [32]byte, board common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.contract.Transact(opts, "approve", studyId, protocolHash, board, nonce, deadline, signature)
}

// Approve is a paid mutator transaction binding the contract method 0xc4dd5865.
//
// Solidity: function approve(uint256 studyId, bytes32 protocolHash, address board, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistrySession) Approve(studyId *big.Int, protocolHash [32]byte, board common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Approve(&_StudyRegistry.TransactOpts, studyId, protocolHash, board, nonce, deadline, signature)
}

// Approve is a paid mutator transaction binding the contract method 0xc4dd5865.
//
// Solidity: function approve(uint256 studyId, bytes32 protocolHash, address board, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistryTransactorSession) Approve(studyId *big.Int, protocolHash [32]byte, board common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Approve(&_StudyRegistry.TransactOpts, studyId, protocolHash, board, nonce, deadline, signature)
}

// Close is a paid mutator transaction binding the contract method 0x3dd47533.
//
// Solidity: function close(uint256 studyId, address researcher, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistryTransactor) Close(opts *bind.TransactOpts, studyId *big.Int, researcher common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.contract.Transact(opts, "close", studyId, researcher, nonce, deadline, signature)
}

// Close is a paid mutator transaction binding the contract method 0x3dd47533.
//
// Solidity: function close(uint256 studyId, address researcher, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistrySession) Close(studyId *big.Int, researcher common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Close(&_StudyRegistry.TransactOpts, studyId, researcher, nonce, deadline, signature)
}

// Close is a paid mutator transaction binding the contract method 0x3dd47533.
//
// Solidity: function close(uint256 studyId, address researcher, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistryTransactorSession) Close(studyId *big.Int, researcher common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Close(&_StudyRegistry.TransactOpts, studyId, researcher, nonce, deadline, signature)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StudyRegistry *StudyRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StudyRegistry *StudyRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyRegistry.Contract.GrantRole(&_StudyRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StudyRegistry *StudyRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyRegistry.Contract.GrantRole(&_StudyRegistry.TransactOpts, role, account)
}

// Register is a paid mutator transaction binding the contract method 0xd0c6fe2e.
//
// Solidity: function register(bytes32 protocolHash, uint64 epsilonBudget, uint64 deltaBudget, uint256 reward, uint32 cap, address researcher, uint256 nonce, uint256 deadline, bytes signature) returns(uint256 studyId)
func (_StudyRegistry *StudyRegistryTransactor) Register(opts *bind.TransactOpts, protocolHash [32]byte, epsilonBudget uint64, deltaBudget uint64, reward *big.Int, cap uint32, researcher common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.contract.Transact(opts, "register", protocolHash, epsilonBudget, deltaBudget, reward, cap, researcher, nonce, deadline, signature)
}

// Register is a paid mutator transaction binding the contract method 0xd0c6fe2e.
//
// Solidity: function register(bytes32 protocolHash, uint64 epsilonBudget, uint64 deltaBudget, uint256 reward, uint32 cap, address researcher, uint256 nonce, uint256 deadline, bytes signature) returns(uint256 studyId)
func (_StudyRegistry *StudyRegistrySession) Register(protocolHash [32]byte, epsilonBudget uint64, deltaBudget uint64, reward *big.Int, cap uint32, researcher common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Register(&_StudyRegistry.TransactOpts, protocolHash, epsilonBudget, deltaBudget, reward, cap, researcher, nonce, deadline, signature)
}

// Register is a paid mutator transaction binding the contract method 0xd0c6fe2e.
//
// Solidity: function register(bytes32 protocolHash, uint64 epsilonBudget, uint64 deltaBudget, uint256 reward, uint32 cap, address researcher, uint256 nonce, uint256 deadline, bytes signature) returns(uint256 studyId)
func (_StudyRegistry *StudyRegistryTransactorSession) Register(protocolHash [32]byte, epsilonBudget uint64, deltaBudget uint64, reward *big.Int, cap uint32, researcher common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Register(&_StudyRegistry.TransactOpts, protocolHash, epsilonBudget, deltaBudget, reward, cap, researcher, nonce, deadline, signature)
}

// Reject is a paid mutator transaction binding the contract method 0x33b31dce.
//
// Solidity: function reject(uint256 studyId, bytes32 protocolHash, address board, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistryTransactor) Reject(opts *bind.TransactOpts, studyId *big.Int, protocolHash [32]byte, board common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.contract.Transact(opts, "reject", studyId, protocolHash, board, nonce, deadline, signature)
}

// Reject is a paid mutator transaction binding the contract method 0x33b31dce.
//
// Solidity: function reject(uint256 studyId, bytes32 protocolHash, address board, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistrySession) Reject(studyId *big.Int, protocolHash [32]byte, board common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Reject(&_StudyRegistry.TransactOpts, studyId, protocolHash, board, nonce, deadline, signature)
}

// Reject is a paid mutator transaction binding the contract method 0x33b31dce.
//
// Solidity: function reject(uint256 studyId, bytes32 protocolHash, address board, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_StudyRegistry *StudyRegistryTransactorSession) Reject(studyId *big.Int, protocolHash [32]byte, board common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Reject(&_StudyRegistry.TransactOpts, studyId, protocolHash, board, nonce, deadline, signature)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StudyRegistry *StudyRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StudyRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StudyRegistry *StudyRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StudyRegistry.Contract.RenounceRole(&_StudyRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StudyRegistry *StudyRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StudyRegistry.Contract.RenounceRole(&_StudyRegistry.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StudyRegistry *StudyRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StudyRegistry *StudyRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyRegistry.Contract.RevokeRole(&_StudyRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StudyRegistry *StudyRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyRegistry.Contract.RevokeRole(&_StudyRegistry.TransactOpts, role, account)
}

// Spend is a paid mutator transaction binding the contract method 0x2afb71fe.
//
// Solidity: function spend(uint256 studyId, bytes32 queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash) returns()
func (_StudyRegistry *StudyRegistryTransactor) Spend(opts *bind.TransactOpts, studyId *big.Int, queryHash [32]byte, epsilon uint64, delta uint64, resultHash [32]byte) (*types.Transaction, error) {
	return _StudyRegistry.contract.Transact(opts, "spend", studyId, queryHash, epsilon, delta, resultHash)
}

// Spend is a paid mutator transaction binding the contract method 0x2afb71fe.
//
// Solidity: function spend(uint256 studyId, bytes32 queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash) returns()
func (_StudyRegistry *StudyRegistrySession) Spend(studyId *big.Int, queryHash [32]byte, epsilon uint64, delta uint64, resultHash [32]byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Spend(&_StudyRegistry.TransactOpts, studyId, queryHash, epsilon, delta, resultHash)
}

// Spend is a paid mutator transaction binding the contract method 0x2afb71fe.
//
// Solidity: function spend(uint256 studyId, bytes32 queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash) returns()
func (_StudyRegistry *StudyRegistryTransactorSession) Spend(studyId *big.Int, queryHash [32]byte, epsilon uint64, delta uint64, resultHash [32]byte) (*types.Transaction, error) {
	return _StudyRegistry.Contract.Spend(&_StudyRegistry.TransactOpts, studyId, queryHash, epsilon, delta, resultHash)
}

// StudyRegistryBudgetSpentIterator is returned from FilterBudgetSpent and is used to iterate over the raw logs and unpacked data for BudgetSpent events raised by the StudyRegistry contract.
type StudyRegistryBudgetSpentIterator struct {
	Event *StudyRegistryBudgetSpent // Event containing the contract specifics and raw log

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
func (it *StudyRegistryBudgetSpentIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryBudgetSpent)
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
		it.Event = new(StudyRegistryBudgetSpent)
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
func (it *StudyRegistryBudgetSpentIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryBudgetSpentIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryBudgetSpent represents a BudgetSpent event raised by the StudyRegistry contract.
type StudyRegistryBudgetSpent struct {
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
func (_StudyRegistry *StudyRegistryFilterer) FilterBudgetSpent(opts *bind.FilterOpts, studyId []*big.Int, queryHash [][32]byte) (*StudyRegistryBudgetSpentIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var queryHashRule []interface{}
	for _, queryHashItem := range queryHash {
		queryHashRule = append(queryHashRule, queryHashItem)
	}

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "BudgetSpent", studyIdRule, queryHashRule)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryBudgetSpentIterator{contract: _StudyRegistry.contract, event: "BudgetSpent", logs: logs, sub: sub}, nil
}

// WatchBudgetSpent is a free log subscription operation binding the contract event 0x4f8aaf4b21cddd1778bf6743e9b92e709fc94bab4c0f423487edf30e0d3f3984.
//
// Solidity: event BudgetSpent(uint256 indexed studyId, bytes32 indexed queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash)
func (_StudyRegistry *StudyRegistryFilterer) WatchBudgetSpent(opts *bind.WatchOpts, sink chan<- *StudyRegistryBudgetSpent, studyId []*big.Int, queryHash [][32]byte) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var queryHashRule []interface{}
	for _, queryHashItem := range queryHash {
		queryHashRule = append(queryHashRule, queryHashItem)
	}

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "BudgetSpent", studyIdRule, queryHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryBudgetSpent)
				if err := _StudyRegistry.contract.UnpackLog(event, "BudgetSpent", log); err != nil {
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
func (_StudyRegistry *StudyRegistryFilterer) ParseBudgetSpent(log types.Log) (*StudyRegistryBudgetSpent, error) {
	event := new(StudyRegistryBudgetSpent)
	if err := _StudyRegistry.contract.UnpackLog(event, "BudgetSpent", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyRegistryEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the StudyRegistry contract.
type StudyRegistryEIP712DomainChangedIterator struct {
	Event *StudyRegistryEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *StudyRegistryEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryEIP712DomainChanged)
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
		it.Event = new(StudyRegistryEIP712DomainChanged)
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
func (it *StudyRegistryEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the StudyRegistry contract.
type StudyRegistryEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StudyRegistry *StudyRegistryFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*StudyRegistryEIP712DomainChangedIterator, error) {

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &StudyRegistryEIP712DomainChangedIterator{contract: _StudyRegistry.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StudyRegistry *StudyRegistryFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *StudyRegistryEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryEIP712DomainChanged)
				if err := _StudyRegistry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_StudyRegistry *StudyRegistryFilterer) ParseEIP712DomainChanged(log types.Log) (*StudyRegistryEIP712DomainChanged, error) {
	event := new(StudyRegistryEIP712DomainChanged)
	if err := _StudyRegistry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the StudyRegistry contract.
type StudyRegistryRoleAdminChangedIterator struct {
	Event *StudyRegistryRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *StudyRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryRoleAdminChanged)
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
		it.Event = new(StudyRegistryRoleAdminChanged)
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
func (it *StudyRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the StudyRegistry contract.
type StudyRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_StudyRegistry *StudyRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*StudyRegistryRoleAdminChangedIterator, error) {

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

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryRoleAdminChangedIterator{contract: _StudyRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_StudyRegistry *StudyRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *StudyRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryRoleAdminChanged)
				if err := _StudyRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_StudyRegistry *StudyRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*StudyRegistryRoleAdminChanged, error) {
	event := new(StudyRegistryRoleAdminChanged)
	if err := _StudyRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the StudyRegistry contract.
type StudyRegistryRoleGrantedIterator struct {
	Event *StudyRegistryRoleGranted // Event containing the contract specifics and raw log

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
func (it *StudyRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryRoleGranted)
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
		it.Event = new(StudyRegistryRoleGranted)
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
func (it *StudyRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryRoleGranted represents a RoleGranted event raised by the StudyRegistry contract.
type StudyRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_StudyRegistry *StudyRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*StudyRegistryRoleGrantedIterator, error) {

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

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryRoleGrantedIterator{contract: _StudyRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_StudyRegistry *StudyRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *StudyRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryRoleGranted)
				if err := _StudyRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_StudyRegistry *StudyRegistryFilterer) ParseRoleGranted(log types.Log) (*StudyRegistryRoleGranted, error) {
	event := new(StudyRegistryRoleGranted)
	if err := _StudyRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the StudyRegistry contract.
type StudyRegistryRoleRevokedIterator struct {
	Event *StudyRegistryRoleRevoked // Event containing the contract specifics and raw log

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
func (it *StudyRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryRoleRevoked)
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
		it.Event = new(StudyRegistryRoleRevoked)
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
func (it *StudyRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryRoleRevoked represents a RoleRevoked event raised by the StudyRegistry contract.
type StudyRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_StudyRegistry *StudyRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*StudyRegistryRoleRevokedIterator, error) {

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

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryRoleRevokedIterator{contract: _StudyRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_StudyRegistry *StudyRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *StudyRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryRoleRevoked)
				if err := _StudyRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_StudyRegistry *StudyRegistryFilterer) ParseRoleRevoked(log types.Log) (*StudyRegistryRoleRevoked, error) {
	event := new(StudyRegistryRoleRevoked)
	if err := _StudyRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyRegistryStudyApprovedIterator is returned from FilterStudyApproved and is used to iterate over the raw logs and unpacked data for StudyApproved events raised by the StudyRegistry contract.
type StudyRegistryStudyApprovedIterator struct {
	Event *StudyRegistryStudyApproved // Event containing the contract specifics and raw log

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
func (it *StudyRegistryStudyApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryStudyApproved)
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
		it.Event = new(StudyRegistryStudyApproved)
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
func (it *StudyRegistryStudyApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryStudyApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryStudyApproved represents a StudyApproved event raised by the StudyRegistry contract.
type StudyRegistryStudyApproved struct {
	StudyId      *big.Int
	Board        common.Address
	ProtocolHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterStudyApproved is a free log retrieval operation binding the contract event 0x7f24b777eec20e2d48826114a1f7f3a9dba9864837de9b858d07fd3a9d2cab05.
//
// Solidity: event StudyApproved(uint256 indexed studyId, address indexed board, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) FilterStudyApproved(opts *bind.FilterOpts, studyId []*big.Int, board []common.Address) (*StudyRegistryStudyApprovedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var boardRule []interface{}
	for _, boardItem := range board {
		boardRule = append(boardRule, boardItem)
	}

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "StudyApproved", studyIdRule, boardRule)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryStudyApprovedIterator{contract: _StudyRegistry.contract, event: "StudyApproved", logs: logs, sub: sub}, nil
}

// WatchStudyApproved is a free log subscription operation binding the contract event 0x7f24b777eec20e2d48826114a1f7f3a9dba9864837de9b858d07fd3a9d2cab05.
//
// Solidity: event StudyApproved(uint256 indexed studyId, address indexed board, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) WatchStudyApproved(opts *bind.WatchOpts, sink chan<- *StudyRegistryStudyApproved, studyId []*big.Int, board []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var boardRule []interface{}
	for _, boardItem := range board {
		boardRule = append(boardRule, boardItem)
	}

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "StudyApproved", studyIdRule, boardRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryStudyApproved)
				if err := _StudyRegistry.contract.UnpackLog(event, "StudyApproved", log); err != nil {
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

// ParseStudyApproved is a log parse operation binding the contract event 0x7f24b777eec20e2d48826114a1f7f3a9dba9864837de9b858d07fd3a9d2cab05.
//
// Solidity: event StudyApproved(uint256 indexed studyId, address indexed board, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) ParseStudyApproved(log types.Log) (*StudyRegistryStudyApproved, error) {
	event := new(StudyRegistryStudyApproved)
	if err := _StudyRegistry.contract.UnpackLog(event, "StudyApproved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyRegistryStudyClosedIterator is returned from FilterStudyClosed and is used to iterate over the raw logs and unpacked data for StudyClosed events raised by the StudyRegistry contract.
type StudyRegistryStudyClosedIterator struct {
	Event *StudyRegistryStudyClosed // Event containing the contract specifics and raw log

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
func (it *StudyRegistryStudyClosedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryStudyClosed)
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
		it.Event = new(StudyRegistryStudyClosed)
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
func (it *StudyRegistryStudyClosedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryStudyClosedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryStudyClosed represents a StudyClosed event raised by the StudyRegistry contract.
type StudyRegistryStudyClosed struct {
	StudyId    *big.Int
	Researcher common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterStudyClosed is a free log retrieval operation binding the contract event 0xd0fcbc7d18332fd8b004e248576034ebb755980cefd0017970f6e63ce0c329f5.
//
// Solidity: event StudyClosed(uint256 indexed studyId, address indexed researcher)
func (_StudyRegistry *StudyRegistryFilterer) FilterStudyClosed(opts *bind.FilterOpts, studyId []*big.Int, researcher []common.Address) (*StudyRegistryStudyClosedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var researcherRule []interface{}
	for _, researcherItem := range researcher {
		researcherRule = append(researcherRule, researcherItem)
	}

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "StudyClosed", studyIdRule, researcherRule)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryStudyClosedIterator{contract: _StudyRegistry.contract, event: "StudyClosed", logs: logs, sub: sub}, nil
}

// WatchStudyClosed is a free log subscription operation binding the contract event 0xd0fcbc7d18332fd8b004e248576034ebb755980cefd0017970f6e63ce0c329f5.
//
// Solidity: event StudyClosed(uint256 indexed studyId, address indexed researcher)
func (_StudyRegistry *StudyRegistryFilterer) WatchStudyClosed(opts *bind.WatchOpts, sink chan<- *StudyRegistryStudyClosed, studyId []*big.Int, researcher []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var researcherRule []interface{}
	for _, researcherItem := range researcher {
		researcherRule = append(researcherRule, researcherItem)
	}

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "StudyClosed", studyIdRule, researcherRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryStudyClosed)
				if err := _StudyRegistry.contract.UnpackLog(event, "StudyClosed", log); err != nil {
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

// ParseStudyClosed is a log parse operation binding the contract event 0xd0fcbc7d18332fd8b004e248576034ebb755980cefd0017970f6e63ce0c329f5.
//
// Solidity: event StudyClosed(uint256 indexed studyId, address indexed researcher)
func (_StudyRegistry *StudyRegistryFilterer) ParseStudyClosed(log types.Log) (*StudyRegistryStudyClosed, error) {
	event := new(StudyRegistryStudyClosed)
	if err := _StudyRegistry.contract.UnpackLog(event, "StudyClosed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyRegistryStudyRegisteredIterator is returned from FilterStudyRegistered and is used to iterate over the raw logs and unpacked data for StudyRegistered events raised by the StudyRegistry contract.
type StudyRegistryStudyRegisteredIterator struct {
	Event *StudyRegistryStudyRegistered // Event containing the contract specifics and raw log

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
func (it *StudyRegistryStudyRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryStudyRegistered)
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
		it.Event = new(StudyRegistryStudyRegistered)
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
func (it *StudyRegistryStudyRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryStudyRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryStudyRegistered represents a StudyRegistered event raised by the StudyRegistry contract.
type StudyRegistryStudyRegistered struct {
	StudyId      *big.Int
	Researcher   common.Address
	ProtocolHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterStudyRegistered is a free log retrieval operation binding the contract event 0x5daf84dedd7447b854b02479a0e1373b03e931ae2824650b434b133ace128027.
//
// Solidity: event StudyRegistered(uint256 indexed studyId, address indexed researcher, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) FilterStudyRegistered(opts *bind.FilterOpts, studyId []*big.Int, researcher []common.Address) (*StudyRegistryStudyRegisteredIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var researcherRule []interface{}
	for _, researcherItem := range researcher {
		researcherRule = append(researcherRule, researcherItem)
	}

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "StudyRegistered", studyIdRule, researcherRule)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryStudyRegisteredIterator{contract: _StudyRegistry.contract, event: "StudyRegistered", logs: logs, sub: sub}, nil
}

// WatchStudyRegistered is a free log subscription operation binding the contract event 0x5daf84dedd7447b854b02479a0e1373b03e931ae2824650b434b133ace128027.
//
// Solidity: event StudyRegistered(uint256 indexed studyId, address indexed researcher, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) WatchStudyRegistered(opts *bind.WatchOpts, sink chan<- *StudyRegistryStudyRegistered, studyId []*big.Int, researcher []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var researcherRule []interface{}
	for _, researcherItem := range researcher {
		researcherRule = append(researcherRule, researcherItem)
	}

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "StudyRegistered", studyIdRule, researcherRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryStudyRegistered)
				if err := _StudyRegistry.contract.UnpackLog(event, "StudyRegistered", log); err != nil {
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

// ParseStudyRegistered is a log parse operation binding the contract event 0x5daf84dedd7447b854b02479a0e1373b03e931ae2824650b434b133ace128027.
//
// Solidity: event StudyRegistered(uint256 indexed studyId, address indexed researcher, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) ParseStudyRegistered(log types.Log) (*StudyRegistryStudyRegistered, error) {
	event := new(StudyRegistryStudyRegistered)
	if err := _StudyRegistry.contract.UnpackLog(event, "StudyRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyRegistryStudyRejectedIterator is returned from FilterStudyRejected and is used to iterate over the raw logs and unpacked data for StudyRejected events raised by the StudyRegistry contract.
type StudyRegistryStudyRejectedIterator struct {
	Event *StudyRegistryStudyRejected // Event containing the contract specifics and raw log

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
func (it *StudyRegistryStudyRejectedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyRegistryStudyRejected)
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
		it.Event = new(StudyRegistryStudyRejected)
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
func (it *StudyRegistryStudyRejectedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyRegistryStudyRejectedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyRegistryStudyRejected represents a StudyRejected event raised by the StudyRegistry contract.
type StudyRegistryStudyRejected struct {
	StudyId      *big.Int
	Board        common.Address
	ProtocolHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterStudyRejected is a free log retrieval operation binding the contract event 0x6a5029c38b17a3527518ba77eec32e5ee97f2493bdc5327a2d57a11cfe8a1570.
//
// Solidity: event StudyRejected(uint256 indexed studyId, address indexed board, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) FilterStudyRejected(opts *bind.FilterOpts, studyId []*big.Int, board []common.Address) (*StudyRegistryStudyRejectedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var boardRule []interface{}
	for _, boardItem := range board {
		boardRule = append(boardRule, boardItem)
	}

	logs, sub, err := _StudyRegistry.contract.FilterLogs(opts, "StudyRejected", studyIdRule, boardRule)
	if err != nil {
		return nil, err
	}
	return &StudyRegistryStudyRejectedIterator{contract: _StudyRegistry.contract, event: "StudyRejected", logs: logs, sub: sub}, nil
}

// WatchStudyRejected is a free log subscription operation binding the contract event 0x6a5029c38b17a3527518ba77eec32e5ee97f2493bdc5327a2d57a11cfe8a1570.
//
// Solidity: event StudyRejected(uint256 indexed studyId, address indexed board, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) WatchStudyRejected(opts *bind.WatchOpts, sink chan<- *StudyRegistryStudyRejected, studyId []*big.Int, board []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var boardRule []interface{}
	for _, boardItem := range board {
		boardRule = append(boardRule, boardItem)
	}

	logs, sub, err := _StudyRegistry.contract.WatchLogs(opts, "StudyRejected", studyIdRule, boardRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyRegistryStudyRejected)
				if err := _StudyRegistry.contract.UnpackLog(event, "StudyRejected", log); err != nil {
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

// ParseStudyRejected is a log parse operation binding the contract event 0x6a5029c38b17a3527518ba77eec32e5ee97f2493bdc5327a2d57a11cfe8a1570.
//
// Solidity: event StudyRejected(uint256 indexed studyId, address indexed board, bytes32 protocolHash)
func (_StudyRegistry *StudyRegistryFilterer) ParseStudyRejected(log types.Log) (*StudyRegistryStudyRejected, error) {
	event := new(StudyRegistryStudyRejected)
	if err := _StudyRegistry.contract.UnpackLog(event, "StudyRejected", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
