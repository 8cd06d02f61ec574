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

// BaselineTokenMetaData contains all meta data concerning the BaselineToken contract.
var BaselineTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mintBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b5060405180604001604052806008815260200167426173656c696e6560c01b815250604051806040016040528060048152602001634241534560e01b815250816003908161005d919061010a565b50600461006a828261010a565b5050506101c4565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009a57607f821691505b6020821081036100b857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010557805f5260205f20601f840160051c810160208510156100e35750805b601f840160051c820191505b81811015610102575f81556001016100ef565b50505b505050565b81516001600160401b0381111561012357610123610072565b610137816101318454610086565b846100be565b6020601f821160018114610169575f83156101525750848201515b5f19600385901b1c1916600184901b178455610102565b5f84815260208120601f198516915b828110156101985787850151825560209485019460019092019101610178565b50848210156101b557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b61082f806101d15f395ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806340c10f191161006e57806340c10f191461011f57806370a082311461013457806395d89b411461015c578063a9059cbb14610164578063b6afc4dc14610177578063dd62ed3e1461018a575f5ffd5b806306fdde03146100aa578063095ea7b3146100c857806318160ddd146100eb57806323b872dd146100fd578063313ce56714610110575b5f5ffd5b6100b26101c2565b6040516100bf9190610616565b60405180910390f35b6100db6100d6366004610666565b610252565b60405190151581526020016100bf565b6002545b6040519081526020016100bf565b6100db61010b36600461068e565b61026b565b604051601281526020016100bf565b61013261012d366004610666565b61028e565b005b6100ef6101423660046106c8565b6001600160a01b03165f9081526020819052604090205490565b6100b261029c565b6100db610172366004610666565b6102ab565b6101326101853660046106e8565b6102b8565b6100ef61019836600461075d565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101d19061078e565b80601f01602080910402602001604051908101604052809291908181526020018280546101fd9061078e565b80156102485780601f1061021f57610100808354040283529160200191610248565b820191905f5260205f20905b81548152906001019060200180831161022b57829003601f168201915b5050505050905090565b5f3361025f818585610300565b60019150505b92915050565b5f33610278858285610312565b61028385858561038d565b506001949350505050565b61029882826103ea565b5050565b6060600480546101d19061078e565b5f3361025f81858561038d565b5f5b828110156102fa576102f28484838181106102d7576102d76107c6565b90506020020160208101906102ec91906106c8565b836103ea565b6001016102ba565b50505050565b61030d838383600161041e565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156102fa578181101561037f57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b6102fa84848484035f61041e565b6001600160a01b0383166103b657604051634b637e8f60e11b81525f6004820152602401610376565b6001600160a01b0382166103df5760405163ec442f0560e01b81525f6004820152602401610376565b61030d8383836104f0565b6001600160a01b0382166104135760405163ec442f0560e01b81525f6004820152602401610376565b6102985f83836104f0565b6001600160a01b0384166104475760405163e602df0560e01b81525f6004820152602401610376565b6001600160a01b03831661047057604051634a1406b160e11b81525f6004820152602401610376565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156102fa57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516104e291815260200190565b60405180910390a350505050565b6001600160a01b03831661051a578060025f82825461050f91906107da565b9091555061058a9050565b6001600160a01b0383165f908152602081905260409020548181101561056c5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610376565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166105a6576002805482900390556105c4565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161060991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610661575f5ffd5b919050565b5f5f60408385031215610677575f5ffd5b6106808361064b565b946020939093013593505050565b5f5f5f606084860312156106a0575f5ffd5b6106a98461064b565b92506106b76020850161064b565b929592945050506040919091013590565b5f602082840312156106d8575f5ffd5b6106e18261064b565b9392505050565b5f5f5f604084860312156106fa575f5ffd5b833567ffffffffffffffff811115610710575f5ffd5b8401601f81018613610720575f5ffd5b803567ffffffffffffffff811115610736575f5ffd5b8660208260051b840101111561074a575f5ffd5b6020918201979096509401359392505050565b5f5f6040838503121561076e575f5ffd5b6107778361064b565b91506107856020840161064b565b90509250929050565b600181811c908216806107a257607f821691505b6020821081036107c057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561026557634e487b7160e01b5f52601160045260245ffdfea264697066735822122036afe852776e6327e56d787853695f84c8a430bf47279726a8033e7d2ff62a6464736f6c634300081c0033",
}

// BaselineTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use BaselineTokenMetaData.ABI instead.
var BaselineTokenABI = BaselineTokenMetaData.ABI

// BaselineTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BaselineTokenMetaData.Bin instead.
var BaselineTokenBin = BaselineTokenMetaData.Bin

// DeployBaselineToken deploys a new Ethereum contract, binding an instance of BaselineToken to it.
func DeployBaselineToken(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BaselineToken, error) {
	parsed, err := BaselineTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BaselineTokenBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BaselineToken{BaselineTokenCaller: BaselineTokenCaller{contract: contract}, BaselineTokenTransactor: BaselineTokenTransactor{contract: contract}, BaselineTokenFilterer: BaselineTokenFilterer{contract: contract}}, nil
}

// BaselineToken is an auto generated Go binding around an Ethereum contract.
type BaselineToken struct {
	BaselineTokenCaller     // Read-only binding to the contract
	BaselineTokenTransactor // Write-only binding to the contract
	BaselineTokenFilterer   // Log filterer for contract events
}

// BaselineTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type BaselineTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BaselineTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BaselineTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BaselineTokenSession struct {
	Contract     *BaselineToken    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BaselineTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BaselineTokenCallerSession struct {
	Contract *BaselineTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// BaselineTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BaselineTokenTransactorSession struct {
	Contract     *BaselineTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// BaselineTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type BaselineTokenRaw struct {
	Contract *BaselineToken // Generic contract binding to access the raw methods on
}

// BaselineTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BaselineTokenCallerRaw struct {
	Contract *BaselineTokenCaller // Generic read-only contract binding to access the raw methods on
}

// BaselineTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BaselineTokenTransactorRaw struct {
	Contract *BaselineTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBaselineToken creates a new instance of BaselineToken, bound to a specific deployed contract.
func NewBaselineToken(address common.Address, backend bind.ContractBackend) (*BaselineToken, error) {
	contract, err := bindBaselineToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BaselineToken{BaselineTokenCaller: BaselineTokenCaller{contract: contract}, BaselineTokenTransactor: BaselineTokenTransactor{contract: contract}, BaselineTokenFilterer: BaselineTokenFilterer{contract: contract}}, nil
}

// NewBaselineTokenCaller creates a new read-only instance of BaselineToken, bound to a specific deployed contract.
func NewBaselineTokenCaller(address common.Address, caller bind.ContractCaller) (*BaselineTokenCaller, error) {
	contract, err := bindBaselineToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BaselineTokenCaller{contract: contract}, nil
}

// NewBaselineTokenTransactor creates a new write-only instance of BaselineToken, bound to a specific deployed contract.
func NewBaselineTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*BaselineTokenTransactor, error) {
	contract, err := bindBaselineToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BaselineTokenTransactor{contract: contract}, nil
}

// NewBaselineTokenFilterer creates a new log filterer instance of BaselineToken, bound to a specific deployed contract.
func NewBaselineTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*BaselineTokenFilterer, error) {
	contract, err := bindBaselineToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BaselineTokenFilterer{contract: contract}, nil
}

// bindBaselineToken binds a generic wrapper to an already deployed contract.
func bindBaselineToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BaselineTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BaselineToken *BaselineTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BaselineToken.Contract.BaselineTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BaselineToken *BaselineTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BaselineToken.Contract.BaselineTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BaselineToken *BaselineTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BaselineToken.Contract.BaselineTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BaselineToken *BaselineTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BaselineToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BaselineToken *BaselineTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BaselineToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BaselineToken *BaselineTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BaselineToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_BaselineToken *BaselineTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _BaselineToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_BaselineToken *BaselineTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _BaselineToken.Contract.Allowance(&_BaselineToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_BaselineToken *BaselineTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _BaselineToken.Contract.Allowance(&_BaselineToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_BaselineToken *BaselineTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _BaselineToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_BaselineToken *BaselineTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _BaselineToken.Contract.BalanceOf(&_BaselineToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_BaselineToken *BaselineTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _BaselineToken.Contract.BalanceOf(&_BaselineToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_BaselineToken *BaselineTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _BaselineToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_BaselineToken *BaselineTokenSession) Decimals() (uint8, error) {
	return _BaselineToken.Contract.Decimals(&_BaselineToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_BaselineToken *BaselineTokenCallerSession) Decimals() (uint8, error) {
	return _BaselineToken.Contract.Decimals(&_BaselineToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BaselineToken *BaselineTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _BaselineToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BaselineToken *BaselineTokenSession) Name() (string, error) {
	return _BaselineToken.Contract.Name(&_BaselineToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BaselineToken *BaselineTokenCallerSession) Name() (string, error) {
	return _BaselineToken.Contract.Name(&_BaselineToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_BaselineToken *BaselineTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _BaselineToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_BaselineToken *BaselineTokenSession) Symbol() (string, error) {
	return _BaselineToken.Contract.Symbol(&_BaselineToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_BaselineToken *BaselineTokenCallerSession) Symbol() (string, error) {
	return _BaselineToken.Contract.Symbol(&_BaselineToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_BaselineToken *BaselineTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BaselineToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_BaselineToken *BaselineTokenSession) TotalSupply() (*big.Int, error) {
	return _BaselineToken.Contract.TotalSupply(&_BaselineToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_BaselineToken *BaselineTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _BaselineToken.Contract.TotalSupply(&_BaselineToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.Approve(&_BaselineToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.Approve(&_BaselineToken.TransactOpts, spender, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_BaselineToken *BaselineTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BaselineToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_BaselineToken *BaselineTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.Mint(&_BaselineToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_BaselineToken *BaselineTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.Mint(&_BaselineToken.TransactOpts, to, amount)
}

// MintBatch is a paid mutator transaction binding the contract method 0xb6afc4dc.
//
// Solidity: function mintBatch(address[] to, uint256 amount) returns()
func (_BaselineToken *BaselineTokenTransactor) MintBatch(opts *bind.TransactOpts, to []common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BaselineToken.contract.Transact(opts, "mintBatch", to, amount)
}

// MintBatch is a paid mutator transaction binding the contract method 0xb6afc4dc.
//
// Solidity: function mintBatch(address[] to, uint256 amount) returns()
func (_BaselineToken *BaselineTokenSession) MintBatch(to []common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.MintBatch(&_BaselineToken.TransactOpts, to, amount)
}

// MintBatch is a paid mutator transaction binding the contract method 0xb6afc4dc.
//
// Solidity: function mintBatch(address[] to, uint256 amount) returns()
func (_BaselineToken *BaselineTokenTransactorSession) MintBatch(to []common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.MintBatch(&_BaselineToken.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.Transfer(&_BaselineToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.Transfer(&_BaselineToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.TransferFrom(&_BaselineToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_BaselineToken *BaselineTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BaselineToken.Contract.TransferFrom(&_BaselineToken.TransactOpts, from, to, value)
}

// BaselineTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the BaselineToken contract.
type BaselineTokenApprovalIterator struct {
	Event *BaselineTokenApproval // Event containing the contract specifics and raw log

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
func (it *BaselineTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BaselineTokenApproval)
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
		it.Event = new(BaselineTokenApproval)
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
func (it *BaselineTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BaselineTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BaselineTokenApproval represents a Approval event raised by the BaselineToken contract.
type BaselineTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_BaselineToken *BaselineTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*BaselineTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _BaselineToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &BaselineTokenApprovalIterator{contract: _BaselineToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_BaselineToken *BaselineTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *BaselineTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _BaselineToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BaselineTokenApproval)
				if err := _BaselineToken.contract.UnpackLog(event, "Approval", log); err != nil {
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

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_BaselineToken *BaselineTokenFilterer) ParseApproval(log types.Log) (*BaselineTokenApproval, error) {
	event := new(BaselineTokenApproval)
	if err := _BaselineToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BaselineTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the BaselineToken contract.
type BaselineTokenTransferIterator struct {
	Event *BaselineTokenTransfer // Event containing the contract specifics and raw log

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
func (it *BaselineTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BaselineTokenTransfer)
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
		it.Event = new(BaselineTokenTransfer)
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
func (it *BaselineTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BaselineTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BaselineTokenTransfer represents a Transfer event raised by the BaselineToken contract.
type BaselineTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_BaselineToken *BaselineTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*BaselineTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _BaselineToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &BaselineTokenTransferIterator{contract: _BaselineToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_BaselineToken *BaselineTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *BaselineTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _BaselineToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BaselineTokenTransfer)
				if err := _BaselineToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_BaselineToken *BaselineTokenFilterer) ParseTransfer(log types.Log) (*BaselineTokenTransfer, error) {
	event := new(BaselineTokenTransfer)
	if err := _BaselineToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
