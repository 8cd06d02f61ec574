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

// ConsentRegistryGrant is an auto generated low-level Go binding around an user-defined struct.
type ConsentRegistryGrant struct {
	StudyId     *big.Int
	Participant common.Address
	Scope       [32]byte
	Expiry      uint64
	Nonce       *big.Int
	Deadline    *big.Int
	Signature   []byte
}

// ConsentRegistryRevocation is an auto generated low-level Go binding around an user-defined struct.
type ConsentRegistryRevocation struct {
	StudyId     *big.Int
	Participant common.Address
	Nonce       *big.Int
	Deadline    *big.Int
	Signature   []byte
}

// ConsentRegistryMetaData contains all meta data concerning the ConsentRegistry contract.
var ConsentRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"studyRegistry\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"AlreadyConsented\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"CapReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"NotConsented\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"UnknownStudy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"enumStudyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ConsentGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"ConsentRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONSENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVOKE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"activeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"expiryOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structConsentRegistry.Grant\",\"name\":\"g\",\"type\":\"tuple\"}],\"name\":\"grant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structConsentRegistry.Grant[]\",\"name\":\"gs\",\"type\":\"tuple[]\"}],\"name\":\"grantBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"isValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractStudyRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structConsentRegistry.Revocation[]\",\"name\":\"rs\",\"type\":\"tuple[]\"}],\"name\":\"revokeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"participants\",\"type\":\"address[]\"}],\"name\":\"validMany\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"valid\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161170d38038061170d83398101604081905261002f916101cb565b6040518060400160405280601981526020017f4d65644d61726b657420436f6e73656e74526567697374727900000000000000815250604051806040016040528060018152602001603160f81b81525061008e8261018e60201b60201c565b6101205261009b8161018e565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661017c57604051632197ada560e11b815260206004820152600d60248201526c7374756479526567697374727960981b60448201526064015b60405180910390fd5b6001600160a01b031661016052610253565b5f5f829050601f815111156101b8578260405163305a27a960e01b815260040161017391906101f8565b80516101c38261022d565b179392505050565b5f602082840312156101db575f5ffd5b81516001600160a01b03811681146101f1575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561024d575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516114586102b55f395f818161022c015261078601525f610a7701525f610a4c01525f6105e501525f6105bd01525f61051801525f61054201525f61056c01526114585ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80637b103999116100885780638a732227116100635780638a732227146102a9578063b47d4b36146102d0578063cc4b4a04146102e3578063d3b6ce44146102f6575f5ffd5b80637b103999146102275780637ecebe001461026657806384b0196e1461028e575f5ffd5b80633644e515116100c35780633644e515146101c35780634b7a2689146101cb5780635c5dd03b146101e05780636a86ac3814610200575f5ffd5b806313c6209a146100e95780631a3d76181461014457806327a956f614610171575b5f5ffd5b6101276100f7366004610e9b565b5f9182526003602090815260408084206001600160a01b039390931684529190529020546001600160401b031690565b6040516001600160401b0390911681526020015b60405180910390f35b610163610152366004610ec9565b5f9081526004602052604090205490565b60405190815260200161013b565b6101b361017f366004610e9b565b5f9182526003602090815260408084206001600160a01b03939093168452919052902054426001600160401b039091161190565b604051901515815260200161013b565b610163610309565b6101de6101d9366004610ee0565b610317565b005b6101f36101ee366004610f64565b610323565b60405161013b9190610fab565b6101637f3813b035ffdbc45171ab7638badbe13baaf9925bd41153a7b30f3170404466ed81565b61024e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013b565b610163610274366004610fef565b6001600160a01b03165f9081526002602052604090205490565b610296610406565b60405161013b9796959493929190611038565b6101637f8245bf2ee88233ffa252a067d18b5664add13e88eba6bca03b37d37aa73c39b381565b6101de6102de3660046110ce565b610448565b6101de6102f13660046110ce565b6104b8565b6101de61030436600461110c565b6104f6565b5f61031261050c565b905090565b61032081610635565b50565b6060816001600160401b0381111561033d5761033d6111a6565b604051908082528060200260200182016040528015610366578160200160208202803683370190505b5090505f5b828110156103fe575f8581526003602052604081204291868685818110610394576103946111ba565b90506020020160208101906103a99190610fef565b6001600160a01b0316815260208101919091526040015f205483516001600160401b0390911691909111908390839081106103e6576103e66111ba565b9115156020928302919091019091015260010161036b565b509392505050565b5f6060805f5f5f6060610417610a45565b61041f610a70565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f5b818110156104b35736838383818110610465576104656111ba565b905060200281019061047791906111ce565b90506104aa813561048e6040840160208501610fef565b604084013560608501356104a560808701876111ec565b610a9b565b5060010161044a565b505050565b5f5b818110156104b3576104ee8383838181106104d7576104d76111ba565b90506020028101906104e9919061122e565b610635565b6001016104ba565b610504868686868686610a9b565b505050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561056457507f000000000000000000000000000000000000000000000000000000000000000046145b1561058e57507f000000000000000000000000000000000000000000000000000000000000000090565b610312604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6107186106486040830160208401610fef565b7f3813b035ffdbc45171ab7638badbe13baaf9925bd41153a7b30f3170404466ed833561067b6040860160208701610fef565b60408601356106906080880160608901611256565b6040805160208101969096528501939093526001600160a01b0390911660608401526080838101919091526001600160401b0390911660a0838101919091529085013560c083015284013560e08201526101000160408051601f198184030181529190528051602090910120608084013560a085013561071360c08701876111ec565b610bed565b426107296080830160608401611256565b6001600160401b03161161076e57604051632197ada560e11b815260206004820152600660248201526565787069727960d01b60448201526064015b60405180910390fd5b604051633b31b2ed60e21b8152813560048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ecc6cbb49060240161014060405180830381865afa1580156107d4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107f891906112e2565b90505f816040015160048111156108115761081161139d565b03610832576040516311116d1f60e11b815282356004820152602401610765565b60028160400151600481111561084a5761084a61139d565b1461087057604080820151905163a5d15e1f60e01b8152610765918435916004016113b1565b81355f90815260036020908152604080832091839161089491908701908701610fef565b6001600160a01b0316815260208101919091526040015f20546001600160401b03169050428111156108f5576108d06040840160208501610fef565b6040516318a98a8960e01b81526001600160a01b039091166004820152602401610765565b806001600160401b03165f036109645761012082015183355f9081526004602052604090205463ffffffff9091161161094357604051621a2cef60e71b815283356004820152602401610765565b82355f90815260046020526040812080549161095e836113f5565b91905055505b6109746080840160608501611256565b83355f9081526003602090815260408083209291610996918801908801610fef565b6001600160a01b0316815260208082019290925260409081015f20805467ffffffffffffffff19166001600160401b0394909416939093179092556109df918501908501610fef565b6001600160a01b031683357fb261dd640b82bbfe369cf96123f3b6b2c1addf1d37860922d608f6421101db296040860135610a206080880160608901611256565b604080519283526001600160401b0390911660208301520160405180910390a3505050565b60606103127f0000000000000000000000000000000000000000000000000000000000000000610c90565b60606103127f0000000000000000000000000000000000000000000000000000000000000000610c90565b604080517f8245bf2ee88233ffa252a067d18b5664add13e88eba6bca03b37d37aa73c39b360208201529081018790526001600160a01b03861660608201526080810185905260a08101849052610b1090869060c0016040516020818303038152906040528051906020012086868686610bed565b5f8681526003602090815260408083206001600160a01b03891684529091528120546001600160401b03169003610b655760405163b786d24d60e01b81526001600160a01b0386166004820152602401610765565b5f8681526003602090815260408083206001600160a01b03891684528252808320805467ffffffffffffffff1916905588835260049091528120805491610bab8361140d565b90915550506040516001600160a01b0386169087907fbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd83905f90a3505050505050565b82421115610c1157604051637c06dd7560e11b815260048101849052602401610765565b5f5f610c26610c1f88610ccd565b8585610cff565b5090925090505f816003811115610c3f57610c3f61139d565b141580610c5e5750876001600160a01b0316826001600160a01b031614155b15610c7c57604051638baa579f60e01b815260040160405180910390fd5b610c868887610d46565b5050505050505050565b60605f610c9c83610d98565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f610cf9610cd961050c565b8360405161190160f01b8152600281019290925260228201526042902090565b92915050565b5f80806041849003610d33578435602086013560408701355f1a610d2589828585610dbf565b955095509550505050610d3d565b505f915060029050825b93509350939050565b6001600160a01b0382165f9081526002602052604090208054600181019091558181146104b3576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610765565b5f60ff8216601f811115610cf957604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610df857505f91506003905082610e7d565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610e49573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610e7457505f925060019150829050610e7d565b92505f91508190505b9450945094915050565b6001600160a01b0381168114610320575f5ffd5b5f5f60408385031215610eac575f5ffd5b823591506020830135610ebe81610e87565b809150509250929050565b5f60208284031215610ed9575f5ffd5b5035919050565b5f60208284031215610ef0575f5ffd5b81356001600160401b03811115610f05575f5ffd5b820160e08185031215610f16575f5ffd5b9392505050565b5f5f83601f840112610f2d575f5ffd5b5081356001600160401b03811115610f43575f5ffd5b6020830191508360208260051b8501011115610f5d575f5ffd5b9250929050565b5f5f5f60408486031215610f76575f5ffd5b8335925060208401356001600160401b03811115610f92575f5ffd5b610f9e86828701610f1d565b9497909650939450505050565b602080825282518282018190525f918401906040840190835b81811015610fe45783511515835260209384019390920191600101610fc4565b509095945050505050565b5f60208284031215610fff575f5ffd5b8135610f1681610e87565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61105660e083018961100a565b8281036040840152611068818961100a565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156110bd57835183526020938401939092019160010161109f565b50909b9a5050505050505050505050565b5f5f602083850312156110df575f5ffd5b82356001600160401b038111156110f4575f5ffd5b61110085828601610f1d565b90969095509350505050565b5f5f5f5f5f5f60a08789031215611121575f5ffd5b86359550602087013561113381610e87565b9450604087013593506060870135925060808701356001600160401b0381111561115b575f5ffd5b8701601f8101891361116b575f5ffd5b80356001600160401b03811115611180575f5ffd5b896020828401011115611191575f5ffd5b60208201935080925050509295509295509295565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8235609e198336030181126111e2575f5ffd5b9190910192915050565b5f5f8335601e19843603018112611201575f5ffd5b8301803591506001600160401b0382111561121a575f5ffd5b602001915036819003821315610f5d575f5ffd5b5f823560de198336030181126111e2575f5ffd5b6001600160401b0381168114610320575f5ffd5b5f60208284031215611266575f5ffd5b8135610f1681611242565b60405161014081016001600160401b03811182821017156112a057634e487b7160e01b5f52604160045260245ffd5b60405290565b80516112b181610e87565b919050565b8051600581106112b1575f5ffd5b80516112b181611242565b805163ffffffff811681146112b1575f5ffd5b5f6101408284031280156112f4575f5ffd5b506112fd611271565b8251815261130d602084016112a6565b602082015261131e604084016112b6565b604082015261132f606084016112a6565b6060820152611340608084016112c4565b608082015261135160a084016112c4565b60a082015261136260c084016112c4565b60c082015261137360e084016112c4565b60e0820152610100838101519082015261139061012084016112cf565b6101208201529392505050565b634e487b7160e01b5f52602160045260245ffd5b82815260408101600583106113d457634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201611406576114066113e1565b5060010190565b5f8161141b5761141b6113e1565b505f19019056fea2646970667358221220cae55af3c883ecea4c1d17b65d70bc515f05dbafb78648472f86fa87f50594ed64736f6c634300081c0033",
}

// ConsentRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ConsentRegistryMetaData.ABI instead.
var ConsentRegistryABI = ConsentRegistryMetaData.ABI

// ConsentRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ConsentRegistryMetaData.Bin instead.
var ConsentRegistryBin = ConsentRegistryMetaData.Bin

// DeployConsentRegistry deploys a new Ethereum contract, binding an instance of ConsentRegistry to it.
func DeployConsentRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, studyRegistry common.Address) (common.Address, *types.Transaction, *ConsentRegistry, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ConsentRegistryBin), backend, studyRegistry)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ConsentRegistry{ConsentRegistryCaller: ConsentRegistryCaller{contract: contract}, ConsentRegistryTransactor: ConsentRegistryTransactor{contract: contract}, ConsentRegistryFilterer: ConsentRegistryFilterer{contract: contract}}, nil
}

// ConsentRegistry is an auto generated Go binding around an Ethereum contract.
type ConsentRegistry struct {
	ConsentRegistryCaller     // Read-only binding to the contract
	ConsentRegistryTransactor // Write-only binding to the contract
	ConsentRegistryFilterer   // Log filterer for contract events
}

// ConsentRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ConsentRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ConsentRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ConsentRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ConsentRegistrySession struct {
	Contract     *ConsentRegistry  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ConsentRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ConsentRegistryCallerSession struct {
	Contract *ConsentRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ConsentRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ConsentRegistryTransactorSession struct {
	Contract     *ConsentRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ConsentRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ConsentRegistryRaw struct {
	Contract *ConsentRegistry // Generic contract binding to access the raw methods on
}

// ConsentRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ConsentRegistryCallerRaw struct {
	Contract *ConsentRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ConsentRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ConsentRegistryTransactorRaw struct {
	Contract *ConsentRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewConsentRegistry creates a new instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistry(address common.Address, backend bind.ContractBackend) (*ConsentRegistry, error) {
	contract, err := bindConsentRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistry{ConsentRegistryCaller: ConsentRegistryCaller{contract: contract}, ConsentRegistryTransactor: ConsentRegistryTransactor{contract: contract}, ConsentRegistryFilterer: ConsentRegistryFilterer{contract: contract}}, nil
}

// NewConsentRegistryCaller creates a new read-only instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryCaller(address common.Address, caller bind.ContractCaller) (*ConsentRegistryCaller, error) {
	contract, err := bindConsentRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryCaller{contract: contract}, nil
}

// NewConsentRegistryTransactor creates a new write-only instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ConsentRegistryTransactor, error) {
	contract, err := bindConsentRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryTransactor{contract: contract}, nil
}

// NewConsentRegistryFilterer creates a new log filterer instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ConsentRegistryFilterer, error) {
	contract, err := bindConsentRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryFilterer{contract: contract}, nil
}

// bindConsentRegistry binds a generic wrapper to an already deployed contract.
func bindConsentRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConsentRegistry *ConsentRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConsentRegistry.Contract.ConsentRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConsentRegistry *ConsentRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.ConsentRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConsentRegistry *ConsentRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.ConsentRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConsentRegistry *ConsentRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConsentRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConsentRegistry *ConsentRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConsentRegistry *ConsentRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.contract.Transact(opts, method, params...)
}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) CONSENTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "CONSENT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) CONSENTTYPEHASH() ([32]byte, error) {
	return _ConsentRegistry.Contract.CONSENTTYPEHASH(&_ConsentRegistry.CallOpts)
}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) CONSENTTYPEHASH() ([32]byte, error) {
	return _ConsentRegistry.Contract.CONSENTTYPEHASH(&_ConsentRegistry.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) DOMAINSEPARATOR() ([32]byte, error) {
	return _ConsentRegistry.Contract.DOMAINSEPARATOR(&_ConsentRegistry.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _ConsentRegistry.Contract.DOMAINSEPARATOR(&_ConsentRegistry.CallOpts)
}

// REVOKETYPEHASH is a free data retrieval call binding the contract method 0x8a732227.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) REVOKETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "REVOKE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REVOKETYPEHASH is a free data retrieval call binding the contract method 0x8a732227.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) REVOKETYPEHASH() ([32]byte, error) {
	return _ConsentRegistry.Contract.REVOKETYPEHASH(&_ConsentRegistry.CallOpts)
}

// REVOKETYPEHASH is a free data retrieval call binding the contract method 0x8a732227.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) REVOKETYPEHASH() ([32]byte, error) {
	return _ConsentRegistry.Contract.REVOKETYPEHASH(&_ConsentRegistry.CallOpts)
}

// ActiveCount is a free data retrieval call binding the contract method 0x1a3d7618.
//
// Solidity: function activeCount(uint256 studyId) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) ActiveCount(opts *bind.CallOpts, studyId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "activeCount", studyId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ActiveCount is a free data retrieval call binding the contract method 0x1a3d7618.
//
// Solidity: function activeCount(uint256 studyId) view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) ActiveCount(studyId *big.Int) (*big.Int, error) {
	return _ConsentRegistry.Contract.ActiveCount(&_ConsentRegistry.CallOpts, studyId)
}

// ActiveCount is a free data retrieval call binding the contract method 0x1a3d7618.
//
// Solidity: function activeCount(uint256 studyId) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) ActiveCount(studyId *big.Int) (*big.Int, error) {
	return _ConsentRegistry.Contract.ActiveCount(&_ConsentRegistry.CallOpts, studyId)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ConsentRegistry *ConsentRegistryCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "eip712Domain")

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
func (_ConsentRegistry *ConsentRegistrySession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ConsentRegistry.Contract.Eip712Domain(&_ConsentRegistry.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ConsentRegistry *ConsentRegistryCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ConsentRegistry.Contract.Eip712Domain(&_ConsentRegistry.CallOpts)
}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 studyId, address participant) view returns(uint64)
func (_ConsentRegistry *ConsentRegistryCaller) ExpiryOf(opts *bind.CallOpts, studyId *big.Int, participant common.Address) (uint64, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "expiryOf", studyId, participant)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 studyId, address participant) view returns(uint64)
func (_ConsentRegistry *ConsentRegistrySession) ExpiryOf(studyId *big.Int, participant common.Address) (uint64, error) {
	return _ConsentRegistry.Contract.ExpiryOf(&_ConsentRegistry.CallOpts, studyId, participant)
}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 studyId, address participant) view returns(uint64)
func (_ConsentRegistry *ConsentRegistryCallerSession) ExpiryOf(studyId *big.Int, participant common.Address) (uint64, error) {
	return _ConsentRegistry.Contract.ExpiryOf(&_ConsentRegistry.CallOpts, studyId, participant)
}

// IsValid is a free data retrieval call binding the contract method 0x27a956f6.
//
// Solidity: function isValid(uint256 studyId, address participant) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsValid(opts *bind.CallOpts, studyId *big.Int, participant common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isValid", studyId, participant)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValid is a free data retrieval call binding the contract method 0x27a956f6.
//
// Solidity: function isValid(uint256 studyId, address participant) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsValid(studyId *big.Int, participant common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsValid(&_ConsentRegistry.CallOpts, studyId, participant)
}

// IsValid is a free data retrieval call binding the contract method 0x27a956f6.
//
// Solidity: function isValid(uint256 studyId, address participant) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsValid(studyId *big.Int, participant common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsValid(&_ConsentRegistry.CallOpts, studyId, participant)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) Nonces(owner common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.Nonces(&_ConsentRegistry.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.Nonces(&_ConsentRegistry.CallOpts, owner)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ConsentRegistry *ConsentRegistryCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ConsentRegistry *ConsentRegistrySession) Registry() (common.Address, error) {
	return _ConsentRegistry.Contract.Registry(&_ConsentRegistry.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ConsentRegistry *ConsentRegistryCallerSession) Registry() (common.Address, error) {
	return _ConsentRegistry.Contract.Registry(&_ConsentRegistry.CallOpts)
}

// ValidMany is a free data retrieval call binding the contract method 0x5c5dd03b.
//
// Solidity: function validMany(uint256 studyId, address[] participants) view returns(bool[] valid)
func (_ConsentRegistry *ConsentRegistryCaller) ValidMany(opts *bind.CallOpts, studyId *big.Int, participants []common.Address) ([]bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "validMany", studyId, participants)

	if err != nil {
		return *new([]bool), err
	}

	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)

	return out0, err

}

// ValidMany is a free data retrieval call binding the contract method 0x5c5dd03b.
//
// Solidity: function validMany(uint256 studyId, address[] participants) view returns(bool[] valid)
func (_ConsentRegistry *ConsentRegistrySession) ValidMany(studyId *big.Int, participants []common.Address) ([]bool, error) {
	return _ConsentRegistry.Contract.ValidMany(&_ConsentRegistry.CallOpts, studyId, participants)
}

// ValidMany is a free data retrieval call binding the contract method 0x5c5dd03b.
//
// Solidity: function validMany(uint256 studyId, address[] participants) view returns(bool[] valid)
func (_ConsentRegistry *ConsentRegistryCallerSession) ValidMany(studyId *big.Int, participants []common.Address) ([]bool, error) {
	return _ConsentRegistry.Contract.ValidMany(&_ConsentRegistry.CallOpts, studyId, participants)
}

// Grant is a paid mutator transaction binding the contract method 0x4b7a2689.
//
// Solidity: function grant((uint256,address,bytes32,uint64,uint256,uint256,bytes) g) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) Grant(opts *bind.TransactOpts, g ConsentRegistryGrant) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "grant", g)
}

// Grant is a paid mutator transaction binding the contract method 0x4b7a2689.
//
// Solidity: function grant((uint256,address,bytes32,uint64,uint256,uint256,bytes) g) returns()
func (_ConsentRegistry *ConsentRegistrySession) Grant(g ConsentRegistryGrant) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Grant(&_ConsentRegistry.TransactOpts, g)
}

// Grant is a paid mutator transaction binding the contract method 0x4b7a2689.
//
// Solidity: function grant((uint256,address,bytes32,uint64,uint256,uint256,bytes) g) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) Grant(g ConsentRegistryGrant) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Grant(&_ConsentRegistry.TransactOpts, g)
}

// GrantBatch is a paid mutator transaction binding the contract method 0xcc4b4a04.
//
// Solidity: function grantBatch((uint256,address,bytes32,uint64,uint256,uint256,bytes)[] gs) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) GrantBatch(opts *bind.TransactOpts, gs []ConsentRegistryGrant) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "grantBatch", gs)
}

// GrantBatch is a paid mutator transaction binding the contract method 0xcc4b4a04.
//
// Solidity: function grantBatch((uint256,address,bytes32,uint64,uint256,uint256,bytes)[] gs) returns()
func (_ConsentRegistry *ConsentRegistrySession) GrantBatch(gs []ConsentRegistryGrant) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.GrantBatch(&_ConsentRegistry.TransactOpts, gs)
}

// GrantBatch is a paid mutator transaction binding the contract method 0xcc4b4a04.
//
// Solidity: function grantBatch((uint256,address,bytes32,uint64,uint256,uint256,bytes)[] gs) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) GrantBatch(gs []ConsentRegistryGrant) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.GrantBatch(&_ConsentRegistry.TransactOpts, gs)
}

// Revoke is a paid mutator transaction binding the contract method 0xd3b6ce44.
//
// Solidity: function revoke(uint256 studyId, address participant, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) Revoke(opts *bind.TransactOpts, studyId *big.Int, participant common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revoke", studyId, participant, nonce, deadline, signature)
}

// Revoke is a paid mutator transaction binding the contract method 0xd3b6ce44.
//
// Solidity: function revoke(uint256 studyId, address participant, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistrySession) Revoke(studyId *big.Int, participant common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Revoke(&_ConsentRegistry.TransactOpts, studyId, participant, nonce, deadline, signature)
}

// Revoke is a paid mutator transaction binding the contract method 0xd3b6ce44.
//
// Solidity: function revoke(uint256 studyId, address participant, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) Revoke(studyId *big.Int, participant common.Address, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Revoke(&_ConsentRegistry.TransactOpts, studyId, participant, nonce, deadline, signature)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0xb47d4b36.
//
// Solidity: function revokeBatch((uint256,address,uint256,uint256,bytes)[] rs) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RevokeBatch(opts *bind.TransactOpts, rs []ConsentRegistryRevocation) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revokeBatch", rs)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0xb47d4b36.
//
// Solidity: function revokeBatch((uint256,address,uint256,uint256,bytes)[] rs) returns()
func (_ConsentRegistry *ConsentRegistrySession) RevokeBatch(rs []ConsentRegistryRevocation) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeBatch(&_ConsentRegistry.TransactOpts, rs)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0xb47d4b36.
//
// Solidity: function revokeBatch((uint256,address,uint256,uint256,bytes)[] rs) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RevokeBatch(rs []ConsentRegistryRevocation) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeBatch(&_ConsentRegistry.TransactOpts, rs)
}

// ConsentRegistryConsentGrantedIterator is returned from FilterConsentGranted and is used to iterate over the raw logs and unpacked data for ConsentGranted events raised by the ConsentRegistry contract.
type ConsentRegistryConsentGrantedIterator struct {
	Event *ConsentRegistryConsentGranted // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryConsentGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryConsentGranted)
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
		it.Event = new(ConsentRegistryConsentGranted)
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
func (it *ConsentRegistryConsentGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryConsentGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryConsentGranted represents a ConsentGranted event raised by the ConsentRegistry contract.
type ConsentRegistryConsentGranted struct {
	StudyId     *big.Int
	Participant common.Address
	Scope       [32]byte
	Expiry      uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterConsentGranted is a free log retrieval operation binding the contract event 0xb261dd640b82bbfe369cf96123f3b6b2c1addf1d37860922d608f6421101db29.
//
// Solidity: event ConsentGranted(uint256 indexed studyId, address indexed participant, bytes32 scope, uint64 expiry)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterConsentGranted(opts *bind.FilterOpts, studyId []*big.Int, participant []common.Address) (*ConsentRegistryConsentGrantedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ConsentGranted", studyIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryConsentGrantedIterator{contract: _ConsentRegistry.contract, event: "ConsentGranted", logs: logs, sub: sub}, nil
}

// WatchConsentGranted is a free log subscription operation binding the contract event 0xb261dd640b82bbfe369cf96123f3b6b2c1addf1d37860922d608f6421101db29.
//
// Solidity: event ConsentGranted(uint256 indexed studyId, address indexed participant, bytes32 scope, uint64 expiry)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchConsentGranted(opts *bind.WatchOpts, sink chan<- *ConsentRegistryConsentGranted, studyId []*big.Int, participant []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ConsentGranted", studyIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryConsentGranted)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
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
func (_ConsentRegistry *ConsentRegistryFilterer) ParseConsentGranted(log types.Log) (*ConsentRegistryConsentGranted, error) {
	event := new(ConsentRegistryConsentGranted)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryConsentRevokedIterator is returned from FilterConsentRevoked and is used to iterate over the raw logs and unpacked data for ConsentRevoked events raised by the ConsentRegistry contract.
type ConsentRegistryConsentRevokedIterator struct {
	Event *ConsentRegistryConsentRevoked // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryConsentRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryConsentRevoked)
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
		it.Event = new(ConsentRegistryConsentRevoked)
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
func (it *ConsentRegistryConsentRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryConsentRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryConsentRevoked represents a ConsentRevoked event raised by the ConsentRegistry contract.
type ConsentRegistryConsentRevoked struct {
	StudyId     *big.Int
	Participant common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterConsentRevoked is a free log retrieval operation binding the contract event 0xbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd83.
//
// Solidity: event ConsentRevoked(uint256 indexed studyId, address indexed participant)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterConsentRevoked(opts *bind.FilterOpts, studyId []*big.Int, participant []common.Address) (*ConsentRegistryConsentRevokedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ConsentRevoked", studyIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryConsentRevokedIterator{contract: _ConsentRegistry.contract, event: "ConsentRevoked", logs: logs, sub: sub}, nil
}

// WatchConsentRevoked is a free log subscription operation binding the contract event 0xbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd83.
//
// Solidity: event ConsentRevoked(uint256 indexed studyId, address indexed participant)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchConsentRevoked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryConsentRevoked, studyId []*big.Int, participant []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var participantRule []interface{}
	for _, participantItem := range participant {
		participantRule = append(participantRule, participantItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ConsentRevoked", studyIdRule, participantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryConsentRevoked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentRevoked", log); err != nil {
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

// ParseConsentRevoked is a log parse operation binding the contract event 0xbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd83.
//
// Solidity: event ConsentRevoked(uint256 indexed studyId, address indexed participant)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseConsentRevoked(log types.Log) (*ConsentRegistryConsentRevoked, error) {
	event := new(ConsentRegistryConsentRevoked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the ConsentRegistry contract.
type ConsentRegistryEIP712DomainChangedIterator struct {
	Event *ConsentRegistryEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryEIP712DomainChanged)
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
		it.Event = new(ConsentRegistryEIP712DomainChanged)
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
func (it *ConsentRegistryEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the ConsentRegistry contract.
type ConsentRegistryEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ConsentRegistry *ConsentRegistryFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*ConsentRegistryEIP712DomainChangedIterator, error) {

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryEIP712DomainChangedIterator{contract: _ConsentRegistry.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ConsentRegistry *ConsentRegistryFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *ConsentRegistryEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryEIP712DomainChanged)
				if err := _ConsentRegistry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_ConsentRegistry *ConsentRegistryFilterer) ParseEIP712DomainChanged(log types.Log) (*ConsentRegistryEIP712DomainChanged, error) {
	event := new(ConsentRegistryEIP712DomainChanged)
	if err := _ConsentRegistry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
