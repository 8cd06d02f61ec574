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

// BaselineDisperseMetaData contains all meta data concerning the BaselineDisperse contract.
var BaselineDisperseMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"}],\"name\":\"disperseToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506103698061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063c73a2d601461002d575b5f5ffd5b61004061003b366004610237565b610042565b005b5f805b8481101561007b5783838281811061005f5761005f6102b9565b905060200201358261007191906102cd565b9150600101610045565b506040516323b872dd60e01b8152336004820152306024820152604481018290526001600160a01b038716906323b872dd906064016020604051808303815f875af11580156100cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100f091906102f2565b6100f8575f5ffd5b5f5b848110156101cf57866001600160a01b031663a9059cbb878784818110610123576101236102b9565b90506020020160208101906101389190610318565b86868581811061014a5761014a6102b9565b6040516001600160e01b031960e087901b1681526001600160a01b03909416600485015260200291909101356024830152506044016020604051808303815f875af115801561019b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101bf91906102f2565b6101c7575f5ffd5b6001016100fa565b50505050505050565b6001600160a01b03811681146101ec575f5ffd5b50565b5f5f83601f8401126101ff575f5ffd5b50813567ffffffffffffffff811115610216575f5ffd5b6020830191508360208260051b8501011115610230575f5ffd5b9250929050565b5f5f5f5f5f6060868803121561024b575f5ffd5b8535610256816101d8565b9450602086013567ffffffffffffffff811115610271575f5ffd5b61027d888289016101ef565b909550935050604086013567ffffffffffffffff81111561029c575f5ffd5b6102a8888289016101ef565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b808201808211156102ec57634e487b7160e01b5f52601160045260245ffd5b92915050565b5f60208284031215610302575f5ffd5b81518015158114610311575f5ffd5b9392505050565b5f60208284031215610328575f5ffd5b8135610311816101d856fea2646970667358221220037efa91f0ffc29a31dc2a54d9f9490093ca367e24bf48cb945b41e4d132ee8e64736f6c634300081c0033",
}

// BaselineDisperseABI is the input ABI used to generate the binding from.
// Deprecated: Use BaselineDisperseMetaData.ABI instead.
var BaselineDisperseABI = BaselineDisperseMetaData.ABI

// BaselineDisperseBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BaselineDisperseMetaData.Bin instead.
var BaselineDisperseBin = BaselineDisperseMetaData.Bin

// DeployBaselineDisperse deploys a new Ethereum contract, binding an instance of BaselineDisperse to it.
func DeployBaselineDisperse(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BaselineDisperse, error) {
	parsed, err := BaselineDisperseMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BaselineDisperseBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BaselineDisperse{BaselineDisperseCaller: BaselineDisperseCaller{contract: contract}, BaselineDisperseTransactor: BaselineDisperseTransactor{contract: contract}, BaselineDisperseFilterer: BaselineDisperseFilterer{contract: contract}}, nil
}

// BaselineDisperse is an auto generated Go binding around an Ethereum contract.
type BaselineDisperse struct {
	BaselineDisperseCaller     // Read-only binding to the contract
	BaselineDisperseTransactor // Write-only binding to the contract
	BaselineDisperseFilterer   // Log filterer for contract events
}

// BaselineDisperseCaller is an auto generated read-only Go binding around an Ethereum contract.
type BaselineDisperseCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineDisperseTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BaselineDisperseTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineDisperseFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BaselineDisperseFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BaselineDisperseSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BaselineDisperseSession struct {
	Contract     *BaselineDisperse // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BaselineDisperseCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BaselineDisperseCallerSession struct {
	Contract *BaselineDisperseCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// BaselineDisperseTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BaselineDisperseTransactorSession struct {
	Contract     *BaselineDisperseTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// BaselineDisperseRaw is an auto generated low-level Go binding around an Ethereum contract.
type BaselineDisperseRaw struct {
	Contract *BaselineDisperse // Generic contract binding to access the raw methods on
}

// BaselineDisperseCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BaselineDisperseCallerRaw struct {
	Contract *BaselineDisperseCaller // Generic read-only contract binding to access the raw methods on
}

// BaselineDisperseTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BaselineDisperseTransactorRaw struct {
	Contract *BaselineDisperseTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBaselineDisperse creates a new instance of BaselineDisperse, bound to a specific deployed contract.
func NewBaselineDisperse(address common.Address, backend bind.ContractBackend) (*BaselineDisperse, error) {
	contract, err := bindBaselineDisperse(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BaselineDisperse{BaselineDisperseCaller: BaselineDisperseCaller{contract: contract}, BaselineDisperseTransactor: BaselineDisperseTransactor{contract: contract}, BaselineDisperseFilterer: BaselineDisperseFilterer{contract: contract}}, nil
}

// NewBaselineDisperseCaller creates a new read-only instance of BaselineDisperse, bound to a specific deployed contract.
func NewBaselineDisperseCaller(address common.Address, caller bind.ContractCaller) (*BaselineDisperseCaller, error) {
	contract, err := bindBaselineDisperse(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BaselineDisperseCaller{contract: contract}, nil
}

// NewBaselineDisperseTransactor creates a new write-only instance of BaselineDisperse, bound to a specific deployed contract.
func NewBaselineDisperseTransactor(address common.Address, transactor bind.ContractTransactor) (*BaselineDisperseTransactor, error) {
	contract, err := bindBaselineDisperse(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BaselineDisperseTransactor{contract: contract}, nil
}

// NewBaselineDisperseFilterer creates a new log filterer instance of BaselineDisperse, bound to a specific deployed contract.
func NewBaselineDisperseFilterer(address common.Address, filterer bind.ContractFilterer) (*BaselineDisperseFilterer, error) {
	contract, err := bindBaselineDisperse(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BaselineDisperseFilterer{contract: contract}, nil
}

// bindBaselineDisperse binds a generic wrapper to an already deployed contract.
func bindBaselineDisperse(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BaselineDisperseMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BaselineDisperse *BaselineDisperseRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BaselineDisperse.Contract.BaselineDisperseCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BaselineDisperse *BaselineDisperseRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BaselineDisperse.Contract.BaselineDisperseTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BaselineDisperse *BaselineDisperseRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BaselineDisperse.Contract.BaselineDisperseTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BaselineDisperse *BaselineDisperseCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BaselineDisperse.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BaselineDisperse *BaselineDisperseTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BaselineDisperse.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BaselineDisperse *BaselineDisperseTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BaselineDisperse.Contract.contract.Transact(opts, method, params...)
}

// DisperseToken is a paid mutator transaction binding the contract method 0xc73a2d60.
//
// Solidity: function disperseToken(address token, address[] recipients, uint256[] values) returns()
func (_BaselineDisperse *BaselineDisperseTransactor) DisperseToken(opts *bind.TransactOpts, token common.Address, recipients []common.Address, values []*big.Int) (*types.Transaction, error) {
	return _BaselineDisperse.contract.Transact(opts, "disperseToken", token, recipients, values)
}

// DisperseToken is a paid mutator transaction binding the contract method 0xc73a2d60.
//
// Solidity: function disperseToken(address token, address[] recipients, uint256[] values) returns()
func (_BaselineDisperse *BaselineDisperseSession) DisperseToken(token common.Address, recipients []common.Address, values []*big.Int) (*types.Transaction, error) {
	return _BaselineDisperse.Contract.DisperseToken(&_BaselineDisperse.TransactOpts, token, recipients, values)
}

// DisperseToken is a paid mutator transaction binding the contract method 0xc73a2d60.
//
// Solidity: function disperseToken(address token, address[] recipients, uint256[] values) returns()
func (_BaselineDisperse *BaselineDisperseTransactorSession) DisperseToken(token common.Address, recipients []common.Address, values []*big.Int) (*types.Transaction, error) {
	return _BaselineDisperse.Contract.DisperseToken(&_BaselineDisperse.TransactOpts, token, recipients, values)
}
