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

// StudyEscrowMetaData contains all meta data concerning the StudyEscrow contract.
var StudyEscrowMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rewardToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"studyRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"consentRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"AlreadyPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"NotConsented\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotResearcher\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"UnknownStudy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"enumStudyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"researcher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMPUTE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"consents\",\"outputs\":[{\"internalType\":\"contractConsentRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"paidCount\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"isPaid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"}],\"name\":\"paidMany\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"paid\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractStudyRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051611b38380380611b3883398101604081905261002e9161025c565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b03841661009c57604051632197ada560e11b815260206004820152600b60248201526a3932bbb0b9322a37b5b2b760a91b60448201526064015b60405180910390fd5b6001600160a01b0383166100e357604051632197ada560e11b815260206004820152600d60248201526c7374756479526567697374727960981b6044820152606401610093565b6001600160a01b03821661012c57604051632197ada560e11b815260206004820152600f60248201526e636f6e73656e74526567697374727960881b6044820152606401610093565b6001600160a01b03811661016b57604051632197ada560e11b815260206004820152600560248201526430b236b4b760d91b6044820152606401610093565b6001600160a01b0380851660805283811660a052821660c05261018e5f82610198565b50505050506102ad565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610238575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101f03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161023b565b505f5b92915050565b80516001600160a01b0381168114610257575f5ffd5b919050565b5f5f5f5f6080858703121561026f575f5ffd5b61027885610241565b935061028660208601610241565b925061029460408601610241565b91506102a260608601610241565b905092959194509250565b60805160a05160c05161182961030f5f395f818161035a0152610a5301525f81816102220152610e6d01525f8181610333015281816104ec01528181610652015281816106fe01528181610787015281816109480152610d7a01526118295ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c806391d148541161009e578063d0ce09571161006e578063d0ce0957146102bc578063d527c280146102f4578063d547741f1461031b578063fc0c546a1461032e578063fc16502e14610355575f5ffd5b806391d148541461027c578063a217fddf1461028f578063a65e2cfd14610296578063c3aa488f146102a9575f5ffd5b80632f2ff15d116100e45780632f2ff15d146101e257806336568abe146101f757806347395dcb1461020a5780637b1039991461021d5780638966f7cb1461025c575f5ffd5b806301ffc9a714610115578063248a9ca31461013d578063278ecde11461016d5780632d2a8d9c14610180575b5f5ffd5b6101286101233660046112b2565b61037c565b60405190151581526020015b60405180910390f35b61015f61014b3660046112e0565b5f9081526020819052604090206001015490565b604051908152602001610134565b61015f61017b3660046112e0565b6103b2565b6101bc61018e3660046112e0565b5f90815260016020819052604090912080549181015460028201546003909201549293909263ffffffff1690565b6040805194855260208501939093529183015263ffffffff166060820152608001610134565b6101f56101f036600461130b565b610531565b005b6101f561020536600461130b565b61055b565b6101f5610218366004611339565b610593565b6102447f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610134565b61026f61026a3660046113a1565b6107ce565b604051610134919061141b565b61012861028a36600461130b565b6108a7565b61015f5f81565b6101f56102a436600461145f565b6108cf565b6101f56102b73660046113a1565b61098a565b6101286102ca36600461130b565b5f9182526002602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61015f7f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd81565b6101f561032936600461130b565b610dc8565b6102447f000000000000000000000000000000000000000000000000000000000000000081565b6102447f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b14806103ac57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6103bb610dec565b5f6103c583610e07565b90506004816040015160048111156103df576103df61147f565b1415801561040357506003816040015160048111156104005761040061147f565b14155b156104325782816040015160405163a5d15e1f60e01b8152600401610429929190611493565b60405180910390fd5b5f838152600160208190526040909120600281015491810154815491929161045a91906114d7565b61046491906114d7565b9250825f03610477575f92505050610516565b82816002015f82825461048a91906114ea565b9250508190555081602001516001600160a01b0316847f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4856040516104d191815260200190565b60405180910390a36020820151610513906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169085610f19565b50505b61052c60015f5160206117d45f395f51905f5255565b919050565b5f8281526020819052604090206001015461054b81610f4e565b6105558383610f5b565b50505050565b6001600160a01b03811633146105845760405163334bd91960e11b815260040160405180910390fd5b61058e8282610fea565b505050565b61059b610dec565b6105a6878787611053565b5f87815260016020526040812080548792906105c39084906114ea565b90915550506040518581526001600160a01b0387169088907f38c48552690c96ec2872092ac1db6c19fb59f5a8c5b49bbf41ed4886d0ca69269060200160405180910390a360405163d505accf60e01b81526001600160a01b038781166004830152306024830152604482018790526064820186905260ff8516608483015260a4820184905260c482018390527f0000000000000000000000000000000000000000000000000000000000000000169063d505accf9060e4015f604051808303815f87803b158015610693575f5ffd5b505af19250505080156106a4575060015b61077a573d8080156106d1576040519150601f19603f3d011682016040523d82523d5f602084013e6106d6565b606091505b50604051636eb1769f60e11b81526001600160a01b03888116600483015230602483015287917f00000000000000000000000000000000000000000000000000000000000000009091169063dd62ed3e90604401602060405180830381865afa158015610745573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061076991906114fd565b1015610778576107788161113b565b505b6107af6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016873088611143565b6107c560015f5160206117d45f395f51905f5255565b50505050505050565b60608167ffffffffffffffff8111156107e9576107e9611514565b604051908082528060200260200182016040528015610812578160200160208202803683370190505b5090505f5b8281101561089f575f8581526002602052604081209085858481811061083f5761083f611528565b9050602002016020810190610854919061153c565b6001600160a01b0316815260208101919091526040015f2054825160ff9091169083908390811061088757610887611528565b91151560209283029190910190910152600101610817565b509392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6108d7610dec565b6108e2823383611053565b5f82815260016020526040812080548392906108ff9084906114ea565b9091555050604051818152339083907f38c48552690c96ec2872092ac1db6c19fb59f5a8c5b49bbf41ed4886d0ca69269060200160405180910390a36109706001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084611143565b61098660015f5160206117d45f395f51905f5255565b5050565b7f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd6109b481610f4e565b6109bc610dec565b5f6109c685610e07565b90506002816040015160048111156109e0576109e061147f565b14158015610a045750600481604001516004811115610a0157610a0161147f565b14155b15610a2a5784816040015160405163a5d15e1f60e01b8152600401610429929190611493565b825f819003610a3a575050610db2565b604051635c5dd03b60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635c5dd03b90610a8c908a908a908a90600401611557565b5f60405180830381865afa158015610aa6573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610acd9190810190611606565b5f8881526002602052604081209192505b83811015610bc0575f888883818110610af957610af9611528565b9050602002016020810190610b0e919061153c565b9050838281518110610b2257610b22611528565b6020026020010151610b525760405163b786d24d60e01b81526001600160a01b0382166004820152602401610429565b6001600160a01b0381165f9081526020849052604090205460ff1615610b9657604051637a2f418360e11b81526001600160a01b0382166004820152602401610429565b6001600160a01b03165f908152602083905260409020805460ff1916600190811790915501610ade565b505f888152600160205260408120610100860151909190610be29086906116be565b905081600201548260010154835f0154610bfc91906114d7565b610c0691906114d7565b811115610c295760405163186aa8cd60e01b8152600481018b9052602401610429565b60038201545f90610c4190879063ffffffff166114ea565b905063ffffffff811115610c8557604051632197ada560e11b815260206004820152600a602482015269726563697069656e747360b01b6044820152606401610429565b81836001015f828254610c9891906114ea565b909155505060038301805463ffffffff191663ffffffff83161790555f5b86811015610d35578a8a82818110610cd057610cd0611528565b9050602002016020810190610ce5919061153c565b6001600160a01b03168c7f4f2d18324ee95128de091ed2adc501295479000ce4c2cec607aeb1b67e189e2f8a6101000151604051610d2591815260200190565b60405180910390a3600101610cb6565b505f5b86811015610da957610da18b8b83818110610d5557610d55611528565b9050602002016020810190610d6a919061153c565b6101008a01516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190610f19565b600101610d38565b50505050505050505b61055560015f5160206117d45f395f51905f5255565b5f82815260208190526040902060010154610de281610f4e565b6105558383610fea565b610df4611179565b60025f5160206117d45f395f51905f5255565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152604051633b31b2ed60e21b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ecc6cbb49060240161014060405180830381865afa158015610ebb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610edf9190611718565b90505f81604001516004811115610ef857610ef861147f565b0361052c576040516311116d1f60e11b815260048101839052602401610429565b610f2683838360016111aa565b61058e57604051635274afe760e01b81526001600160a01b0384166004820152602401610429565b610f58813361120c565b50565b5f610f6683836108a7565b610fe3575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610f9b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103ac565b505f6103ac565b5f610ff583836108a7565b15610fe3575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103ac565b5f61105d84610e07565b9050826001600160a01b031681602001516001600160a01b0316146110a05760405163e2d0e60560e01b81526001600160a01b0384166004820152602401610429565b6001816040015160048111156110b8576110b861147f565b141580156110dc57506002816040015160048111156110d9576110d961147f565b14155b156111025783816040015160405163a5d15e1f60e01b8152600401610429929190611493565b815f0361055557604051632197ada560e11b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606401610429565b805160208201fd5b611151848484846001611245565b61055557604051635274afe760e01b81526001600160a01b0385166004820152602401610429565b5f5160206117d45f395f51905f52546002036111a857604051633ee5aeb560e01b815260040160405180910390fd5b565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166112005783831516156111f4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b61121682826108a7565b6109865760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610429565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166112a1578383151615611295573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f602082840312156112c2575f5ffd5b81356001600160e01b0319811681146112d9575f5ffd5b9392505050565b5f602082840312156112f0575f5ffd5b5035919050565b6001600160a01b0381168114610f58575f5ffd5b5f5f6040838503121561131c575f5ffd5b82359150602083013561132e816112f7565b809150509250929050565b5f5f5f5f5f5f5f60e0888a03121561134f575f5ffd5b873596506020880135611361816112f7565b95506040880135945060608801359350608088013560ff81168114611384575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f5f604084860312156113b3575f5ffd5b83359250602084013567ffffffffffffffff8111156113d0575f5ffd5b8401601f810186136113e0575f5ffd5b803567ffffffffffffffff8111156113f6575f5ffd5b8660208260051b840101111561140a575f5ffd5b939660209190910195509293505050565b602080825282518282018190525f918401906040840190835b818110156114545783511515835260209384019390920191600101611434565b509095945050505050565b5f5f60408385031215611470575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b82815260408101600583106114b657634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103ac576103ac6114c3565b808201808211156103ac576103ac6114c3565b5f6020828403121561150d575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561154c575f5ffd5b81356112d9816112f7565b83815260406020820181905281018290525f8360608301825b858110156115a0578235611583816112f7565b6001600160a01b0316825260209283019290910190600101611570565b509695505050505050565b604051610140810167ffffffffffffffff811182821017156115cf576115cf611514565b60405290565b604051601f8201601f1916810167ffffffffffffffff811182821017156115fe576115fe611514565b604052919050565b5f60208284031215611616575f5ffd5b815167ffffffffffffffff81111561162c575f5ffd5b8201601f8101841361163c575f5ffd5b805167ffffffffffffffff81111561165657611656611514565b8060051b611666602082016115d5565b91825260208184018101929081019087841115611681575f5ffd5b6020850194505b838510156116b3578451925082151583146116a1575f5ffd5b82825260209485019490910190611688565b979650505050505050565b80820281158282048414176103ac576103ac6114c3565b805161052c816112f7565b80516005811061052c575f5ffd5b805167ffffffffffffffff8116811461052c575f5ffd5b805163ffffffff8116811461052c575f5ffd5b5f61014082840312801561172a575f5ffd5b506117336115ab565b82518152611743602084016116d5565b6020820152611754604084016116e0565b6040820152611765606084016116d5565b6060820152611776608084016116ee565b608082015261178760a084016116ee565b60a082015261179860c084016116ee565b60c08201526117a960e084016116ee565b60e082015261010083810151908201526117c66101208401611705565b610120820152939250505056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220b7c8e5e51d99f79440054a864fb229d2ee20081cab6a4099eb62e00660ff701c64736f6c634300081c0033",
}

// StudyEscrowABI is the input ABI used to generate the binding from.
// Deprecated: Use StudyEscrowMetaData.ABI instead.
var StudyEscrowABI = StudyEscrowMetaData.ABI

// StudyEscrowBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StudyEscrowMetaData.Bin instead.
var StudyEscrowBin = StudyEscrowMetaData.Bin

// DeployStudyEscrow deploys a new Ethereum contract, binding an instance of StudyEscrow to it.
func DeployStudyEscrow(auth *bind.TransactOpts, backend bind.ContractBackend, rewardToken common.Address, studyRegistry common.Address, consentRegistry common.Address, admin common.Address) (common.Address, *types.Transaction, *StudyEscrow, error) {
	parsed, err := StudyEscrowMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StudyEscrowBin), backend, rewardToken, studyRegistry, consentRegistry, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &StudyEscrow{StudyEscrowCaller: StudyEscrowCaller{contract: contract}, StudyEscrowTransactor: StudyEscrowTransactor{contract: contract}, StudyEscrowFilterer: StudyEscrowFilterer{contract: contract}}, nil
}

// StudyEscrow is an auto generated Go binding around an Ethereum contract.
type StudyEscrow struct {
	StudyEscrowCaller     // Read-only binding to the contract
	StudyEscrowTransactor // Write-only binding to the contract
	StudyEscrowFilterer   // Log filterer for contract events
}

// StudyEscrowCaller is an auto generated read-only Go binding around an Ethereum contract.
type StudyEscrowCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StudyEscrowTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StudyEscrowTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StudyEscrowFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StudyEscrowFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StudyEscrowSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StudyEscrowSession struct {
	Contract     *StudyEscrow      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StudyEscrowCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StudyEscrowCallerSession struct {
	Contract *StudyEscrowCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// StudyEscrowTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StudyEscrowTransactorSession struct {
	Contract     *StudyEscrowTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// StudyEscrowRaw is an auto generated low-level Go binding around an Ethereum contract.
type StudyEscrowRaw struct {
	Contract *StudyEscrow // Generic contract binding to access the raw methods on
}

// StudyEscrowCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StudyEscrowCallerRaw struct {
	Contract *StudyEscrowCaller // Generic read-only contract binding to access the raw methods on
}

// StudyEscrowTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StudyEscrowTransactorRaw struct {
	Contract *StudyEscrowTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStudyEscrow creates a new instance of StudyEscrow, bound to a specific deployed contract.
func NewStudyEscrow(address common.Address, backend bind.ContractBackend) (*StudyEscrow, error) {
	contract, err := bindStudyEscrow(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StudyEscrow{StudyEscrowCaller: StudyEscrowCaller{contract: contract}, StudyEscrowTransactor: StudyEscrowTransactor{contract: contract}, StudyEscrowFilterer: StudyEscrowFilterer{contract: contract}}, nil
}

// NewStudyEscrowCaller creates a new read-only instance of StudyEscrow, bound to a specific deployed contract.
func NewStudyEscrowCaller(address common.Address, caller bind.ContractCaller) (*StudyEscrowCaller, error) {
	contract, err := bindStudyEscrow(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowCaller{contract: contract}, nil
}

// NewStudyEscrowTransactor creates a new write-only instance of StudyEscrow, bound to a specific deployed contract.
func NewStudyEscrowTransactor(address common.Address, transactor bind.ContractTransactor) (*StudyEscrowTransactor, error) {
	contract, err := bindStudyEscrow(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowTransactor{contract: contract}, nil
}

// NewStudyEscrowFilterer creates a new log filterer instance of StudyEscrow, bound to a specific deployed contract.
func NewStudyEscrowFilterer(address common.Address, filterer bind.ContractFilterer) (*StudyEscrowFilterer, error) {
	contract, err := bindStudyEscrow(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowFilterer{contract: contract}, nil
}

// bindStudyEscrow binds a generic wrapper to an already deployed contract.
func bindStudyEscrow(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StudyEscrowMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StudyEscrow *StudyEscrowRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StudyEscrow.Contract.StudyEscrowCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StudyEscrow *StudyEscrowRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StudyEscrow.Contract.StudyEscrowTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StudyEscrow *StudyEscrowRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StudyEscrow.Contract.StudyEscrowTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StudyEscrow *StudyEscrowCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StudyEscrow.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StudyEscrow *StudyEscrowTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StudyEscrow.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StudyEscrow *StudyEscrowTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StudyEscrow.Contract.contract.Transact(opts, method, params...)
}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_StudyEscrow *StudyEscrowCaller) COMPUTEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "COMPUTE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_StudyEscrow *StudyEscrowSession) COMPUTEROLE() ([32]byte, error) {
	return _StudyEscrow.Contract.COMPUTEROLE(&_StudyEscrow.CallOpts)
}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_StudyEscrow *StudyEscrowCallerSession) COMPUTEROLE() ([32]byte, error) {
	return _StudyEscrow.Contract.COMPUTEROLE(&_StudyEscrow.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StudyEscrow *StudyEscrowCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StudyEscrow *StudyEscrowSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _StudyEscrow.Contract.DEFAULTADMINROLE(&_StudyEscrow.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StudyEscrow *StudyEscrowCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _StudyEscrow.Contract.DEFAULTADMINROLE(&_StudyEscrow.CallOpts)
}

// Consents is a free data retrieval call binding the contract method 0xfc16502e.
//
// Solidity: function consents() view returns(address)
func (_StudyEscrow *StudyEscrowCaller) Consents(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "consents")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Consents is a free data retrieval call binding the contract method 0xfc16502e.
//
// Solidity: function consents() view returns(address)
func (_StudyEscrow *StudyEscrowSession) Consents() (common.Address, error) {
	return _StudyEscrow.Contract.Consents(&_StudyEscrow.CallOpts)
}

// Consents is a free data retrieval call binding the contract method 0xfc16502e.
//
// Solidity: function consents() view returns(address)
func (_StudyEscrow *StudyEscrowCallerSession) Consents() (common.Address, error) {
	return _StudyEscrow.Contract.Consents(&_StudyEscrow.CallOpts)
}

// EscrowOf is a free data retrieval call binding the contract method 0x2d2a8d9c.
//
// Solidity: function escrowOf(uint256 studyId) view returns(uint256 funded, uint256 paid, uint256 refunded, uint32 paidCount)
func (_StudyEscrow *StudyEscrowCaller) EscrowOf(opts *bind.CallOpts, studyId *big.Int) (struct {
	Funded    *big.Int
	Paid      *big.Int
	Refunded  *big.Int
	PaidCount uint32
}, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "escrowOf", studyId)

	outstruct := new(struct {
		Funded    *big.Int
		Paid      *big.Int
		Refunded  *big.Int
		PaidCount uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Funded = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Paid = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Refunded = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.PaidCount = *abi.ConvertType(out[3], new(uint32)).(*uint32)

	return *outstruct, err

}

// EscrowOf is a free data retrieval call binding the contract method 0x2d2a8d9c.
//
// Solidity: function escrowOf(uint256 studyId) view returns(uint256 funded, uint256 paid, uint256 refunded, uint32 paidCount)
func (_StudyEscrow *StudyEscrowSession) EscrowOf(studyId *big.Int) (struct {
	Funded    *big.Int
	Paid      *big.Int
	Refunded  *big.Int
	PaidCount uint32
}, error) {
	return _StudyEscrow.Contract.EscrowOf(&_StudyEscrow.CallOpts, studyId)
}

// EscrowOf is a free data retrieval call binding the contract method 0x2d2a8d9c.
//
// Solidity: function escrowOf(uint256 studyId) view returns(uint256 funded, uint256 paid, uint256 refunded, uint32 paidCount)
func (_StudyEscrow *StudyEscrowCallerSession) EscrowOf(studyId *big.Int) (struct {
	Funded    *big.Int
	Paid      *big.Int
	Refunded  *big.Int
	PaidCount uint32
}, error) {
	return _StudyEscrow.Contract.EscrowOf(&_StudyEscrow.CallOpts, studyId)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StudyEscrow *StudyEscrowCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StudyEscrow *StudyEscrowSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _StudyEscrow.Contract.GetRoleAdmin(&_StudyEscrow.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StudyEscrow *StudyEscrowCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _StudyEscrow.Contract.GetRoleAdmin(&_StudyEscrow.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StudyEscrow *StudyEscrowCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StudyEscrow *StudyEscrowSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _StudyEscrow.Contract.HasRole(&_StudyEscrow.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StudyEscrow *StudyEscrowCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _StudyEscrow.Contract.HasRole(&_StudyEscrow.CallOpts, role, account)
}

// IsPaid is a free data retrieval call binding the contract method 0xd0ce0957.
//
// Solidity: function isPaid(uint256 studyId, address recipient) view returns(bool)
func (_StudyEscrow *StudyEscrowCaller) IsPaid(opts *bind.CallOpts, studyId *big.Int, recipient common.Address) (bool, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "isPaid", studyId, recipient)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsPaid is a free data retrieval call binding the contract method 0xd0ce0957.
//
// Solidity: function isPaid(uint256 studyId, address recipient) view returns(bool)
func (_StudyEscrow *StudyEscrowSession) IsPaid(studyId *big.Int, recipient common.Address) (bool, error) {
	return _StudyEscrow.Contract.IsPaid(&_StudyEscrow.CallOpts, studyId, recipient)
}

// IsPaid is a free data retrieval call binding the contract method 0xd0ce0957.
//
// Solidity: function isPaid(uint256 studyId, address recipient) view returns(bool)
func (_StudyEscrow *StudyEscrowCallerSession) IsPaid(studyId *big.Int, recipient common.Address) (bool, error) {
	return _StudyEscrow.Contract.IsPaid(&_StudyEscrow.CallOpts, studyId, recipient)
}

// PaidMany is a free data retrieval call binding the contract method 0x8966f7cb.
//
// Solidity: function paidMany(uint256 studyId, address[] recipients) view returns(bool[] paid)
func (_StudyEscrow *StudyEscrowCaller) PaidMany(opts *bind.CallOpts, studyId *big.Int, recipients []common.Address) ([]bool, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "paidMany", studyId, recipients)

	if err != nil {
		return *new([]bool), err
	}

	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)

	return out0, err

}

// PaidMany is a free data retrieval call binding the contract method 0x8966f7cb.
//
// Solidity: function paidMany(uint256 studyId, address[] recipients) view returns(bool[] paid)
func (_StudyEscrow *StudyEscrowSession) PaidMany(studyId *big.Int, recipients []common.Address) ([]bool, error) {
	return _StudyEscrow.Contract.PaidMany(&_StudyEscrow.CallOpts, studyId, recipients)
}

// PaidMany is a free data retrieval call binding the contract method 0x8966f7cb.
//
// Solidity: function paidMany(uint256 studyId, address[] recipients) view returns(bool[] paid)
func (_StudyEscrow *StudyEscrowCallerSession) PaidMany(studyId *big.Int, recipients []common.Address) ([]bool, error) {
	return _StudyEscrow.Contract.PaidMany(&_StudyEscrow.CallOpts, studyId, recipients)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_StudyEscrow *StudyEscrowCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_StudyEscrow *StudyEscrowSession) Registry() (common.Address, error) {
	return _StudyEscrow.Contract.Registry(&_StudyEscrow.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_StudyEscrow *StudyEscrowCallerSession) Registry() (common.Address, error) {
	return _StudyEscrow.Contract.Registry(&_StudyEscrow.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StudyEscrow *StudyEscrowCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StudyEscrow *StudyEscrowSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _StudyEscrow.Contract.SupportsInterface(&_StudyEscrow.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StudyEscrow *StudyEscrowCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _StudyEscrow.Contract.SupportsInterface(&_StudyEscrow.CallOpts, interfaceId)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_StudyEscrow *StudyEscrowCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StudyEscrow.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_StudyEscrow *StudyEscrowSession) Token() (common.Address, error) {
	return _StudyEscrow.Contract.Token(&_StudyEscrow.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_StudyEscrow *StudyEscrowCallerSession) Token() (common.Address, error) {
	return _StudyEscrow.Contract.Token(&_StudyEscrow.CallOpts)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 studyId, uint256 amount) returns()
func (_StudyEscrow *StudyEscrowTransactor) Fund(opts *bind.TransactOpts, studyId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _StudyEscrow.contract.Transact(opts, "fund", studyId, amount)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 studyId, uint256 amount) returns()
func (_StudyEscrow *StudyEscrowSession) Fund(studyId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _StudyEscrow.Contract.Fund(&_StudyEscrow.TransactOpts, studyId, amount)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 studyId, uint256 amount) returns()
func (_StudyEscrow *StudyEscrowTransactorSession) Fund(studyId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _StudyEscrow.Contract.Fund(&_StudyEscrow.TransactOpts, studyId, amount)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x47395dcb.
//
// Solidity: function fundWithPermit(uint256 studyId, address funder, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_StudyEscrow *StudyEscrowTransactor) FundWithPermit(opts *bind.TransactOpts, studyId *big.Int, funder common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StudyEscrow.contract.Transact(opts, "fundWithPermit", studyId, funder, amount, deadline, v, r, s)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x47395dcb.
//
// Solidity: function fundWithPermit(uint256 studyId, address funder, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_StudyEscrow *StudyEscrowSession) FundWithPermit(studyId *big.Int, funder common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StudyEscrow.Contract.FundWithPermit(&_StudyEscrow.TransactOpts, studyId, funder, amount, deadline, v, r, s)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x47395dcb.
//
// Solidity: function fundWithPermit(uint256 studyId, address funder, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_StudyEscrow *StudyEscrowTransactorSession) FundWithPermit(studyId *big.Int, funder common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StudyEscrow.Contract.FundWithPermit(&_StudyEscrow.TransactOpts, studyId, funder, amount, deadline, v, r, s)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StudyEscrow *StudyEscrowTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyEscrow.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StudyEscrow *StudyEscrowSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyEscrow.Contract.GrantRole(&_StudyEscrow.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StudyEscrow *StudyEscrowTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyEscrow.Contract.GrantRole(&_StudyEscrow.TransactOpts, role, account)
}

// Pay is a paid mutator transaction binding the contract method 0xc3aa488f.
//
// Solidity: function pay(uint256 studyId, address[] recipients) returns()
func (_StudyEscrow *StudyEscrowTransactor) Pay(opts *bind.TransactOpts, studyId *big.Int, recipients []common.Address) (*types.Transaction, error) {
	return _StudyEscrow.contract.Transact(opts, "pay", studyId, recipients)
}

// Pay is a paid mutator transaction binding the contract method 0xc3aa488f.
//
// Solidity: function pay(uint256 studyId, address[] recipients) returns()
func (_StudyEscrow *StudyEscrowSession) Pay(studyId *big.Int, recipients []common.Address) (*types.Transaction, error) {
	return _StudyEscrow.Contract.Pay(&_StudyEscrow.TransactOpts, studyId, recipients)
}

// Pay is a paid mutator transaction binding the contract method 0xc3aa488f.
//
// Solidity: function pay(uint256 studyId, address[] recipients) returns()
func (_StudyEscrow *StudyEscrowTransactorSession) Pay(studyId *big.Int, recipients []common.Address) (*types.Transaction, error) {
	return _StudyEscrow.Contract.Pay(&_StudyEscrow.TransactOpts, studyId, recipients)
}

// Refund is a paid mutator transaction binding the contract method 0x278ecde1.
//
// Solidity: function refund(uint256 studyId) returns(uint256 amount)
func (_StudyEscrow *StudyEscrowTransactor) Refund(opts *bind.TransactOpts, studyId *big.Int) (*types.Transaction, error) {
	return _StudyEscrow.contract.Transact(opts, "refund", studyId)
}

// Refund is a paid mutator transaction binding the contract method 0x278ecde1.
//
// Solidity: function refund(uint256 studyId) returns(uint256 amount)
func (_StudyEscrow *StudyEscrowSession) Refund(studyId *big.Int) (*types.Transaction, error) {
	return _StudyEscrow.Contract.Refund(&_StudyEscrow.TransactOpts, studyId)
}

// Refund is a paid mutator transaction binding the contract method 0x278ecde1.
//
// Solidity: function refund(uint256 studyId) returns(uint256 amount)
func (_StudyEscrow *StudyEscrowTransactorSession) Refund(studyId *big.Int) (*types.Transaction, error) {
	return _StudyEscrow.Contract.Refund(&_StudyEscrow.TransactOpts, studyId)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StudyEscrow *StudyEscrowTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StudyEscrow.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StudyEscrow *StudyEscrowSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StudyEscrow.Contract.RenounceRole(&_StudyEscrow.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StudyEscrow *StudyEscrowTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StudyEscrow.Contract.RenounceRole(&_StudyEscrow.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StudyEscrow *StudyEscrowTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyEscrow.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StudyEscrow *StudyEscrowSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyEscrow.Contract.RevokeRole(&_StudyEscrow.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StudyEscrow *StudyEscrowTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StudyEscrow.Contract.RevokeRole(&_StudyEscrow.TransactOpts, role, account)
}

// StudyEscrowFundedIterator is returned from FilterFunded and is used to iterate over the raw logs and unpacked data for Funded events raised by the StudyEscrow contract.
type StudyEscrowFundedIterator struct {
	Event *StudyEscrowFunded // Event containing the contract specifics and raw log

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
func (it *StudyEscrowFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyEscrowFunded)
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
		it.Event = new(StudyEscrowFunded)
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
func (it *StudyEscrowFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyEscrowFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyEscrowFunded represents a Funded event raised by the StudyEscrow contract.
type StudyEscrowFunded struct {
	StudyId *big.Int
	Funder  common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterFunded is a free log retrieval operation binding the contract event 0x38c48552690c96ec2872092ac1db6c19fb59f5a8c5b49bbf41ed4886d0ca6926.
//
// Solidity: event Funded(uint256 indexed studyId, address indexed funder, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) FilterFunded(opts *bind.FilterOpts, studyId []*big.Int, funder []common.Address) (*StudyEscrowFundedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var funderRule []interface{}
	for _, funderItem := range funder {
		funderRule = append(funderRule, funderItem)
	}

	logs, sub, err := _StudyEscrow.contract.FilterLogs(opts, "Funded", studyIdRule, funderRule)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowFundedIterator{contract: _StudyEscrow.contract, event: "Funded", logs: logs, sub: sub}, nil
}

// WatchFunded is a free log subscription operation binding the contract event 0x38c48552690c96ec2872092ac1db6c19fb59f5a8c5b49bbf41ed4886d0ca6926.
//
// Solidity: event Funded(uint256 indexed studyId, address indexed funder, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) WatchFunded(opts *bind.WatchOpts, sink chan<- *StudyEscrowFunded, studyId []*big.Int, funder []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var funderRule []interface{}
	for _, funderItem := range funder {
		funderRule = append(funderRule, funderItem)
	}

	logs, sub, err := _StudyEscrow.contract.WatchLogs(opts, "Funded", studyIdRule, funderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyEscrowFunded)
				if err := _StudyEscrow.contract.UnpackLog(event, "Funded", log); err != nil {
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

// ParseFunded is a log parse operation binding the contract event 0x38c48552690c96ec2872092ac1db6c19fb59f5a8c5b49bbf41ed4886d0ca6926.
//
// Solidity: event Funded(uint256 indexed studyId, address indexed funder, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) ParseFunded(log types.Log) (*StudyEscrowFunded, error) {
	event := new(StudyEscrowFunded)
	if err := _StudyEscrow.contract.UnpackLog(event, "Funded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyEscrowPaidIterator is returned from FilterPaid and is used to iterate over the raw logs and unpacked data for Paid events raised by the StudyEscrow contract.
type StudyEscrowPaidIterator struct {
	Event *StudyEscrowPaid // Event containing the contract specifics and raw log

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
func (it *StudyEscrowPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyEscrowPaid)
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
		it.Event = new(StudyEscrowPaid)
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
func (it *StudyEscrowPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyEscrowPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyEscrowPaid represents a Paid event raised by the StudyEscrow contract.
type StudyEscrowPaid struct {
	StudyId   *big.Int
	Recipient common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterPaid is a free log retrieval operation binding the contract event 0x4f2d18324ee95128de091ed2adc501295479000ce4c2cec607aeb1b67e189e2f.
//
// Solidity: event Paid(uint256 indexed studyId, address indexed recipient, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) FilterPaid(opts *bind.FilterOpts, studyId []*big.Int, recipient []common.Address) (*StudyEscrowPaidIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _StudyEscrow.contract.FilterLogs(opts, "Paid", studyIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowPaidIterator{contract: _StudyEscrow.contract, event: "Paid", logs: logs, sub: sub}, nil
}

// WatchPaid is a free log subscription operation binding the contract event 0x4f2d18324ee95128de091ed2adc501295479000ce4c2cec607aeb1b67e189e2f.
//
// Solidity: event Paid(uint256 indexed studyId, address indexed recipient, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) WatchPaid(opts *bind.WatchOpts, sink chan<- *StudyEscrowPaid, studyId []*big.Int, recipient []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _StudyEscrow.contract.WatchLogs(opts, "Paid", studyIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyEscrowPaid)
				if err := _StudyEscrow.contract.UnpackLog(event, "Paid", log); err != nil {
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

// ParsePaid is a log parse operation binding the contract event 0x4f2d18324ee95128de091ed2adc501295479000ce4c2cec607aeb1b67e189e2f.
//
// Solidity: event Paid(uint256 indexed studyId, address indexed recipient, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) ParsePaid(log types.Log) (*StudyEscrowPaid, error) {
	event := new(StudyEscrowPaid)
	if err := _StudyEscrow.contract.UnpackLog(event, "Paid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyEscrowRefundedIterator is returned from FilterRefunded and is used to iterate over the raw logs and unpacked data for Refunded events raised by the StudyEscrow contract.
type StudyEscrowRefundedIterator struct {
	Event *StudyEscrowRefunded // Event containing the contract specifics and raw log

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
func (it *StudyEscrowRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyEscrowRefunded)
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
		it.Event = new(StudyEscrowRefunded)
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
func (it *StudyEscrowRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyEscrowRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyEscrowRefunded represents a Refunded event raised by the StudyEscrow contract.
type StudyEscrowRefunded struct {
	StudyId    *big.Int
	Researcher common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterRefunded is a free log retrieval operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed studyId, address indexed researcher, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) FilterRefunded(opts *bind.FilterOpts, studyId []*big.Int, researcher []common.Address) (*StudyEscrowRefundedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var researcherRule []interface{}
	for _, researcherItem := range researcher {
		researcherRule = append(researcherRule, researcherItem)
	}

	logs, sub, err := _StudyEscrow.contract.FilterLogs(opts, "Refunded", studyIdRule, researcherRule)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowRefundedIterator{contract: _StudyEscrow.contract, event: "Refunded", logs: logs, sub: sub}, nil
}

// WatchRefunded is a free log subscription operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed studyId, address indexed researcher, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) WatchRefunded(opts *bind.WatchOpts, sink chan<- *StudyEscrowRefunded, studyId []*big.Int, researcher []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var researcherRule []interface{}
	for _, researcherItem := range researcher {
		researcherRule = append(researcherRule, researcherItem)
	}

	logs, sub, err := _StudyEscrow.contract.WatchLogs(opts, "Refunded", studyIdRule, researcherRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyEscrowRefunded)
				if err := _StudyEscrow.contract.UnpackLog(event, "Refunded", log); err != nil {
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

// ParseRefunded is a log parse operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed studyId, address indexed researcher, uint256 amount)
func (_StudyEscrow *StudyEscrowFilterer) ParseRefunded(log types.Log) (*StudyEscrowRefunded, error) {
	event := new(StudyEscrowRefunded)
	if err := _StudyEscrow.contract.UnpackLog(event, "Refunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyEscrowRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the StudyEscrow contract.
type StudyEscrowRoleAdminChangedIterator struct {
	Event *StudyEscrowRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *StudyEscrowRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyEscrowRoleAdminChanged)
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
		it.Event = new(StudyEscrowRoleAdminChanged)
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
func (it *StudyEscrowRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyEscrowRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyEscrowRoleAdminChanged represents a RoleAdminChanged event raised by the StudyEscrow contract.
type StudyEscrowRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_StudyEscrow *StudyEscrowFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*StudyEscrowRoleAdminChangedIterator, error) {

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

	logs, sub, err := _StudyEscrow.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowRoleAdminChangedIterator{contract: _StudyEscrow.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_StudyEscrow *StudyEscrowFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *StudyEscrowRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _StudyEscrow.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyEscrowRoleAdminChanged)
				if err := _StudyEscrow.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_StudyEscrow *StudyEscrowFilterer) ParseRoleAdminChanged(log types.Log) (*StudyEscrowRoleAdminChanged, error) {
	event := new(StudyEscrowRoleAdminChanged)
	if err := _StudyEscrow.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyEscrowRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the StudyEscrow contract.
type StudyEscrowRoleGrantedIterator struct {
	Event *StudyEscrowRoleGranted // Event containing the contract specifics and raw log

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
func (it *StudyEscrowRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyEscrowRoleGranted)
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
		it.Event = new(StudyEscrowRoleGranted)
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
func (it *StudyEscrowRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyEscrowRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyEscrowRoleGranted represents a RoleGranted event raised by the StudyEscrow contract.
type StudyEscrowRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_StudyEscrow *StudyEscrowFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*StudyEscrowRoleGrantedIterator, error) {

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

	logs, sub, err := _StudyEscrow.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowRoleGrantedIterator{contract: _StudyEscrow.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_StudyEscrow *StudyEscrowFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *StudyEscrowRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _StudyEscrow.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyEscrowRoleGranted)
				if err := _StudyEscrow.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_StudyEscrow *StudyEscrowFilterer) ParseRoleGranted(log types.Log) (*StudyEscrowRoleGranted, error) {
	event := new(StudyEscrowRoleGranted)
	if err := _StudyEscrow.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StudyEscrowRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the StudyEscrow contract.
type StudyEscrowRoleRevokedIterator struct {
	Event *StudyEscrowRoleRevoked // Event containing the contract specifics and raw log

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
func (it *StudyEscrowRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StudyEscrowRoleRevoked)
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
		it.Event = new(StudyEscrowRoleRevoked)
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
func (it *StudyEscrowRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StudyEscrowRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StudyEscrowRoleRevoked represents a RoleRevoked event raised by the StudyEscrow contract.
type StudyEscrowRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_StudyEscrow *StudyEscrowFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*StudyEscrowRoleRevokedIterator, error) {

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

	logs, sub, err := _StudyEscrow.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &StudyEscrowRoleRevokedIterator{contract: _StudyEscrow.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_StudyEscrow *StudyEscrowFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *StudyEscrowRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _StudyEscrow.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StudyEscrowRoleRevoked)
				if err := _StudyEscrow.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_StudyEscrow *StudyEscrowFilterer) ParseRoleRevoked(log types.Log) (*StudyEscrowRoleRevoked, error) {
	event := new(StudyEscrowRoleRevoked)
	if err := _StudyEscrow.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
