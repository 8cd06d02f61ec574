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

// RewardTokenMetaData contains all meta data concerning the RewardToken contract.
var RewardTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"studyRegistry\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"AlreadyConsented\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"AlreadyPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"CapReached\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"MalleableSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"participant\",\"type\":\"address\"}],\"name\":\"NotConsented\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotResearcher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"UnknownStudy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"enumStudyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"scopes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"grants\",\"type\":\"bytes\"}],\"name\":\"ConsentsGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"participants\",\"type\":\"bytes\"}],\"name\":\"ConsentsRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountEach\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"recipients\",\"type\":\"bytes\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"researcher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMPUTE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONSENT_DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONSENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GRANT_RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVOKE_RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVOKE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"consentOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"paid\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"consentStudyOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"funder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"scopes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"records\",\"type\":\"bytes\"}],\"name\":\"grantBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"name\":\"paidMany\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"paid\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"recipients\",\"type\":\"bytes\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"poolOf\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"funded\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"paid\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"refunded\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"active\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"paidCount\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIStudyTerms\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"records\",\"type\":\"bytes\"}],\"name\":\"revokeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"studyId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"name\":\"validMany\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"valid\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6101c0604052348015610010575f5ffd5b506040516137e03803806137e083398101604081905261002f91610410565b806040518060400160405280601081526020016f13595913585c9ad95d0814995dd85c9960821b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280601081526020016f13595913585c9ad95d0814995dd85c9960821b8152506040518060400160405280600381526020016226a6a960e91b81525081600390816100c891906104d9565b5060046100d582826104d9565b5050506100e78261023960201b60201c565b610120526100f481610239565b61014052815160208084019190912060e052815190820120610100524660a05261011c610276565b60805250503060c052506001600160a01b03811661017257604051632197ada560e11b815260206004820152600d60248201526c7374756479526567697374727960981b60448201526064015b60405180910390fd5b6001600160a01b03811661016052466101a05261018d6102cd565b61018052506001600160a01b0382166101d157604051632197ada560e11b815260206004820152600560248201526430b236b4b760d91b6044820152606401610169565b6101db5f83610348565b506102067ff0887ba65ee2024ea881d91b74c2450ef19e1557f03bed3ea9f16b037cbe2dc983610348565b506102317f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd83610348565b5050506105eb565b5f5f829050601f81511115610263578260405163305a27a960e01b81526004016101699190610593565b805161026e826105c8565b179392505050565b60e05161010051604080515f5160206137c05f395f51905f5260208201529081019290925260608201524660808201523060a08201525f9060c0015b60405160208183030381529060405280519060200120905090565b604080515f5160206137c05f395f51905f5260208201527f4984314faaa250605bd8f166a52c03287b8572ea73a9af2c7fbf54c751a8d7f9918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c0016102b2565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166103ec575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556103a43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103ef565b505f5b92915050565b80516001600160a01b038116811461040b575f5ffd5b919050565b5f5f60408385031215610421575f5ffd5b61042a836103f5565b9150610438602084016103f5565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061046957607f821691505b60208210810361048757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d457805f5260205f20601f840160051c810160208510156104b25750805b601f840160051c820191505b818110156104d1575f81556001016104be565b50505b505050565b81516001600160401b038111156104f2576104f2610441565b610506816105008454610455565b8461048d565b6020601f821160018114610538575f83156105215750848201515b5f19600385901b1c1916600184901b1784556104d1565b5f84815260208120601f198516915b828110156105675787850151825560209485019460019092019101610547565b508482101561058457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610487575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a05161314a6106765f395f611bfe01525f611c2e01525f8181610414015281816107ba01528181610acb015281816119740152611e3601525f611bd701525f611bac01525f61264101525f61261901525f61177a01525f6117a401525f6117ce015261314a5ff3fe608060405234801561000f575f5ffd5b506004361061024a575f3560e01c80637b10399911610140578063a9059cbb116100bf578063d527c28011610084578063d527c28014610626578063d53913931461064d578063d547741f14610674578063dd62ed3e14610687578063e00fc06b1461069a578063f469c391146106a2575f5ffd5b8063a9059cbb14610582578063bcb5e0c614610595578063c98d4900146105d5578063ce164ead146105e8578063d505accf14610613575f5ffd5b80638a732227116101055780638a7322271461052657806391d148541461054d57806395d89b4114610560578063a217fddf14610568578063a65e2cfd1461056f575f5ffd5b80637b1039991461040f5780637ecebe001461044e578063839660211461046157806384b0196e146104f85780638966f7cb14610513575f5ffd5b80632f2ff15d116101cc57806340c10f191161019157806340c10f191461037157806347395dcb146103845780635c5dd03b146103975780636a86ac38146103b757806370a08231146103de575f5ffd5b80632f2ff15d1461031f578063313ce567146103345780633644e5151461034357806336568abe1461034b5780633edd10c51461035e575f5ffd5b806323b872dd1161021257806323b872dd146102bc578063248a9ca3146102cf57806324b23a82146102f1578063278ecde1146102f957806327a956f61461030c575f5ffd5b806301ffc9a71461024e57806306fdde0314610276578063088d0eae1461028b578063095ea7b3146102a157806318160ddd146102b4575b5f5ffd5b61026161025c3660046129e6565b6106b5565b60405190151581526020015b60405180910390f35b61027e6106eb565b60405161026d9190612a42565b610293606381565b60405190815260200161026d565b6102616102af366004612a68565b61077b565b600a54610293565b6102616102ca366004612a92565b610792565b6102936102dd366004612ad0565b5f9081526008602052604090206001015490565b610293605d81565b610293610307366004612ad0565b6107b5565b61026161031a366004612ae7565b610984565b61033261032d366004612ae7565b6109aa565b005b6040516012815260200161026d565b6102936109d4565b610332610359366004612ae7565b6109e2565b61033261036c366004612b5a565b610a1a565b61033261037f366004612a68565b610dc2565b610332610392366004612bb7565b610df6565b6103aa6103a5366004612c59565b610e40565b60405161026d9190612c94565b6102937f3813b035ffdbc45171ab7638badbe13baaf9925bd41153a7b30f3170404466ed81565b6102936103ec366004612cd8565b6001600160a01b03165f908152600960205260409020546001600160801b031690565b6104367f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161026d565b61029361045c366004612cd8565b610eee565b6104b761046f366004612ad0565b5f908152600c6020526040902080546001909101546001600160801b0380831693600160801b938490048216939183169291820463ffffffff90811692600160a01b90041690565b604080516001600160801b0396871681529486166020860152929094169183019190915263ffffffff9081166060830152909116608082015260a00161026d565b610500610f0b565b60405161026d9796959493929190612cf3565b6103aa610521366004612c59565b610f4d565b6102937f8245bf2ee88233ffa252a067d18b5664add13e88eba6bca03b37d37aa73c39b381565b61026161055b366004612ae7565b611008565b61027e611032565b6102935f81565b61033261057d366004612d89565b611041565b610261610590366004612a68565b61105b565b6105a86105a3366004612ae7565b611068565b6040805167ffffffffffffffff909416845263ffffffff909216602084015215159082015260600161026d565b6103326105e3366004612b5a565b6110a6565b6102936105f6366004612cd8565b6001600160a01b03165f9081526009602052604090205460d01c90565b610332610621366004612da9565b61121e565b6102937f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd81565b6102937ff0887ba65ee2024ea881d91b74c2450ef19e1557f03bed3ea9f16b037cbe2dc981565b610332610682366004612ae7565b611354565b610293610695366004612dda565b611378565b6102936113a2565b6103326106b0366004612e06565b6113ab565b5f6001600160e01b03198216637965db0b60e01b14806106e557506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600380546106fa90612e7f565b80601f016020809104026020016040519081016040528092919081815260200182805461072690612e7f565b80156107715780601f1061074857610100808354040283529160200191610771565b820191905f5260205f20905b81548152906001019060200180831161075457829003601f168201915b5050505050905090565b5f33610788818585611552565b5060019392505050565b5f3361079f85828561155f565b6107aa8585856115bd565b506001949350505050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c0aa0e8a856040518263ffffffff1660e01b815260040161080691815260200190565b608060405180830381865afa158015610821573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108459190612eb7565b5091935091506006905081600681111561086157610861612f29565b141580156108815750600381600681111561087e5761087e612f29565b14155b1561089057610890848261161a565b5f848152600c60205260409020600181015481546001600160801b03918216916108c491600160801b810482169116612f51565b6108ce9190612f51565b6001600160801b03169350835f036108ea57505f949350505050565b6001810180548591905f906109099084906001600160801b0316612f70565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550826001600160a01b0316857f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c48660405161096991815260200190565b60405180910390a361097c3084866115bd565b505050919050565b5f5f610990848461166b565b504260809190911c64ffffffffff16119250505092915050565b5f828152600860205260409020600101546109c4816116d0565b6109ce83836116dd565b50505050565b5f6109dd61176e565b905090565b6001600160a01b0381163314610a0b5760405163334bd91960e11b815260040160405180910390fd5b610a1582826117f8565b505050565b7f074857e05d62b9f75577f70f4b36b982aa4c7696044a9a486fedd31e6d44e9fd610a44816116d0565b5f610a50601484612f8f565b9050801580610a69575082610a66826014612fae565b14155b15610aa957604051632197ada560e11b815260206004820152600a602482015269726563697069656e747360b01b60448201526064015b60405180910390fd5b604051636055074560e11b8152600481018690525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c0aa0e8a90602401608060405180830381865afa158015610b10573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b349190612eb7565b93505092505060026006811115610b4d57610b4d612f29565b826006811115610b5f57610b5f612f29565b14158015610b7f57506004826006811115610b7c57610b7c612f29565b14155b15610b8e57610b8e878361161a565b5f5b83811015610c57576014810287013560601c5f818152600960205260409020805460d081901c8b9003610bea57610bc78382611863565b600160c81b610bdf6001600160801b03871683612fc5565b179050808255610c00565b610c008b848484896001600160801b03166118c9565b6040516001600160801b03861681526001600160a01b0384169030907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3505050806001019050610b90565b505f878152600c6020526040812090610c79856001600160801b038516612fae565b600183015483549192506001600160801b0390811691610ca391600160801b820481169116612f51565b610cad9190612f51565b6001600160801b0316811115610cd95760405163186aa8cd60e01b8152600481018a9052602401610aa0565b815481908390601090610cfd908490600160801b90046001600160801b0316612f70565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550848260010160148282829054906101000a900463ffffffff16610d449190612fd8565b825463ffffffff9182166101009390930a928302919092021990911617905550305f9081526009602052604090819020805483900390555189907f9ad4d27a2b8d4490d6ac36fbb262b1ba101842a4e1527e04d2585fd61bfcfe7090610daf9086908c908c90612ff4565b60405180910390a2505050505050505050565b7ff0887ba65ee2024ea881d91b74c2450ef19e1557f03bed3ea9f16b037cbe2dc9610dec816116d0565b610a15838361191e565b610e01878787611952565b84610e0c8730611378565b1015610e2157610e218630878787878761121e565b610e2c86308761155f565b610e378630876115bd565b50505050505050565b60608167ffffffffffffffff811115610e5b57610e5b613032565b604051908082528060200260200182016040528015610e84578160200160208202803683370190505b5090505f5b82811015610ee657610ebc85858584818110610ea757610ea7613046565b905060200201602081019061031a9190612cd8565b828281518110610ece57610ece613046565b91151560209283029190910190910152600101610e89565b509392505050565b6001600160a01b0381165f908152600760205260408120546106e5565b5f6060805f5f5f6060610f1c611ba5565b610f24611bd0565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b60608167ffffffffffffffff811115610f6857610f68613032565b604051908082528060200260200182016040528015610f91578160200160208202803683370190505b5090505f5b82811015610ee6575f610fcf86868685818110610fb557610fb5613046565b9050602002016020810190610fca9190612cd8565b61166b565b50915050600160c81b81165f1415838381518110610fef57610fef613046565b9115156020928302919091019091015250600101610f96565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546106fa90612e7f565b61104c823383611952565b6110573330836115bd565b5050565b5f336107888185856115bd565b5f5f5f5f611076868661166b565b50608081901c64ffffffffff16955060a881901c63ffffffff169450600160c81b161515925050505b9250925092565b5f6110b2605d83612f8f565b90508015806110cb5750816110c8605d83612fae565b14155b1561110357604051632197ada560e11b81526020600482015260076024820152667265636f72647360c81b6044820152606401610aa0565b5f61110c611bfb565b90505f61111a836014612fae565b67ffffffffffffffff81111561113257611132613032565b6040519080825280601f01601f19166020018201604052801561115c576020820181803683370190505b5090505f5b8381101561118f57605d81028601601481818402850160200137611186888583611c50565b50600101611161565b505f868152600c6020526040902060010180548491906010906111c0908490600160801b900463ffffffff1661305a565b92506101000a81548163ffffffff021916908363ffffffff160217905550857fce6ae3786f72cb39a98987f1f2f682d0e80ae56d143d0721a8c9957114a8e7ee8260405161120e9190612a42565b60405180910390a2505050505050565b834211156112425760405163313c898160e11b815260048101859052602401610aa0565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c988888861128d8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6112e782611dd9565b90505f6112f682878787611e05565b9050896001600160a01b0316816001600160a01b03161461133d576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610aa0565b6113488a8a8a611552565b50505050505050505050565b5f8281526008602052604090206001015461136e816116d0565b6109ce83836117f8565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f6109dd611bfb565b5f6113b7606383612f8f565b90508015806113d05750816113cd606383612fae565b14155b1561140857604051632197ada560e11b81526020600482015260076024820152667265636f72647360c81b6044820152606401610aa0565b5f61141287611e31565b90505f61142083601a612fae565b67ffffffffffffffff81111561143857611438613032565b6040519080825280601f01601f191660200182016040528015611462576020820181803683370190505b5090505f5f5f5f6114778c8c8c8c8c8a611ef9565b9350935093509350825f14611491576114918383836121fe565b5f8c8152600c6020526040812060018101549091906114be908790600160801b900463ffffffff16612fc5565b9050878111156114e357604051621a2cef60e71b8152600481018f9052602401610aa0565b808260010160106101000a81548163ffffffff021916908363ffffffff1602179055508d7f887c55db1e411aec79ca43929e840407779ddb385a3bb0cb3c45e6267dfe7dfc8e8e8a60405161153a93929190613076565b60405180910390a25050505050505050505050505050565b610a15838383600161238c565b5f61156a8484611378565b90505f198110156109ce57818110156115af57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610aa0565b6109ce84848484035f61238c565b6001600160a01b0383166115e657604051634b637e8f60e11b81525f6004820152602401610aa0565b6001600160a01b03821661160f5760405163ec442f0560e01b81525f6004820152602401610aa0565b610a1583838361245e565b5f81600681111561162d5761162d612f29565b0361164e576040516311116d1f60e11b815260048101839052602401610aa0565b818160405163a5d15e1f60e01b8152600401610aa09291906130c4565b5f8181526009602052604081208054909160d082901c8581148061169a57508015801561169a5750603086901c155b156116ab57505060d084901b61109f565b5050505f92835250600b60209081526040808420928452919052812080549092909190565b6116da81336125b4565b50565b5f6116e88383611008565b611767575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561171f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106e5565b505f6106e5565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156117c657507f000000000000000000000000000000000000000000000000000000000000000046145b156117f057507f000000000000000000000000000000000000000000000000000000000000000090565b6109dd6125ed565b5f6118038383611008565b15611767575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106e5565b4264ffffffffff608083901c16116118995760405163b786d24d60e01b81526001600160a01b0383166004820152602401610aa0565b600160c81b81161561105757604051637a2f418360e11b81526001600160a01b0383166004820152602401610aa0565b5f5f6118d5878761166b565b50915091508482036119055760405163b786d24d60e01b81526001600160a01b0387166004820152602401610aa0565b61190f8682611863565b600160c81b1790550190555050565b6001600160a01b0382166119475760405163ec442f0560e01b81525f6004820152602401610aa0565b6110575f838361245e565b604051636055074560e11b8152600481018490525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c0aa0e8a90602401608060405180830381865afa1580156119b9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119dd9190612eb7565b5091935091505f90508160068111156119f8576119f8612f29565b03611a19576040516311116d1f60e11b815260048101869052602401610aa0565b836001600160a01b0316826001600160a01b031614611a565760405163e2d0e60560e01b81526001600160a01b0385166004820152602401610aa0565b6001816006811115611a6a57611a6a612f29565b14158015611a8a57506002816006811115611a8757611a87612f29565b14155b8015611aa857506004816006811115611aa557611aa5612f29565b14155b15611aca57848160405163a5d15e1f60e01b8152600401610aa09291906130c4565b825f03611aea57604051632197ada560e11b8152600401610aa0906130f4565b5f858152600c602052604081208054909190611b109086906001600160801b0316612fc5565b90506001600160801b03811115611b3a57604051632197ada560e11b8152600401610aa0906130f4565b81546fffffffffffffffffffffffffffffffff19166001600160801b0382161782556040518581526001600160a01b0387169088907f38c48552690c96ec2872092ac1db6c19fb59f5a8c5b49bbf41ed4886d0ca69269060200160405180910390a350505050505050565b60606109dd7f0000000000000000000000000000000000000000000000000000000000000000612692565b60606109dd7f0000000000000000000000000000000000000000000000000000000000000000612692565b5f7f00000000000000000000000000000000000000000000000000000000000000004614611c2b576109dd6126cf565b507f000000000000000000000000000000000000000000000000000000000000000090565b8035606081901c603882901c64ffffffffff16601883901c63ffffffff1642821015611ca157604051633a8d075b60e11b81526001600160a01b038416600482015260248101839052604401610aa0565b604080517f8245bf2ee88233ffa252a067d18b5664add13e88eba6bca03b37d37aa73c39b38152602081018990526001600160a01b03851681830152606081018390526080810184905260a09020905161190160f01b8152600281018890526022810182905260429020611d21908590611d1c89601d612fc5565b61275d565b5f5f611d2d8a8761166b565b50909250905060a881901c63ffffffff16848114611d7057604051633571603360e11b81526001600160a01b038816600482015260248101829052604401610aa0565b64ffffffffff608083901c165f03611da65760405163b786d24d60e01b81526001600160a01b0388166004820152602401610aa0565b60a8611db3866001612fc5565b901b68ffffffffffffffffff60801b199290921691909117909155505050505050505050565b5f6106e5611de561176e565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f611e1588888888612849565b925092509250611e258282612907565b50909695505050505050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c0aa0e8a856040518263ffffffff1660e01b8152600401611e8291815260200190565b608060405180830381865afa158015611e9d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ec19190612eb7565b50909350915060049050826006811115611edd57611edd612f29565b14611eec57611eec848361161a565b63ffffffff169392505050565b5f5f5f5f5f611f06611bfb565b5f8c8152600b60205260409020909150612173565b5f5f5f84358060601c60c0860164ffffffffff8360081c1680421115611f4a5760019550935061109f92505050565b5064ffffffffff8360381c16428111611f6a57600295505050505061109f565b63ffffffff60038a01351660ff8560301c1660808a01518110611f96576003975050505050505061109f565b7f3813b035ffdbc45171ab7638badbe13baaf9925bd41153a7b30f3170404466ed8452895160208501528460408501528060051b60608b015101356060850152508160808401528060a084015264ffffffffff8560081c1660c084015260e0832061190160f01b845260208a015160028501528060228501525060428320835260438a013594506001600160ff1b0385166fa2a8918ca85bafe22016d0b997e4df60600160ff1b03811115612054576004975050505050505061109f565b601b8660ff1c01602085015260238b01356040850152806060850152505f5f5260205f60808560015afa505f519450838514158515171561209d5760059650505050505061109f565b835f5260a089015160205260405f20945084549350885160d01b92508360d01c80158a518214176120de5760408a015160205260405f209550855494505f93505b5063ffffffff8460a81c168082146121015760069750955061109f945050505050565b63ffffffff810361211b576007975050505050505061109f565b5064ffffffffff8460801c164281111561213e576008975050505050505061109f565b68ffffffffffffffffff60801b1985169450836001830160a81b178360801b8617178655801598505050505050509250925092565b6040518c81528260208201528160408201528b60608201528a6080820152600960a0820152602088016063808b04028b018b5b818110156121eb57601a818437601a830192506121c38185611f1b565b81156121dc57909a50823560601c995097506121eb9050565b505099909901986063016121a6565b5050505050509650965096509692505050565b8260010361223157604051633a8d075b60e11b81526001600160a01b038316600482015260248101829052604401610aa0565b8260020361226b57604051632197ada560e11b815260206004820152600660248201526565787069727960d01b6044820152606401610aa0565b826003036122a457604051632197ada560e11b815260206004820152600560248201526473636f706560d81b6044820152606401610aa0565b826004036122d057604051631bc38d0360e31b81526001600160a01b0383166004820152602401610aa0565b826005036122fc57604051633615713d60e21b81526001600160a01b0383166004820152602401610aa0565b8260060361232f57604051633571603360e11b81526001600160a01b038316600482015260248101829052604401610aa0565b8260070361236857604051632197ada560e11b81526020600482015260056024820152646e6f6e636560d81b6044820152606401610aa0565b6040516318a98a8960e01b81526001600160a01b0383166004820152602401610aa0565b6001600160a01b0384166123b55760405163e602df0560e01b81525f6004820152602401610aa0565b6001600160a01b0383166123de57604051634a1406b160e11b81525f6004820152602401610aa0565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156109ce57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161245091815260200190565b60405180910390a350505050565b6001600160a01b0383166124ad575f81600a5461247b9190612fc5565b90506001600160801b038111156124a557604051632197ada560e11b8152600401610aa0906130f4565b600a55612528565b6001600160a01b0383165f908152600960205260409020546001600160801b038116828110156125095760405163391434e360e21b81526001600160a01b03861660048201526024810182905260448101849052606401610aa0565b506001600160a01b0384165f9081526009602052604090209082900390555b6001600160a01b03821661254457600a80548290039055612562565b6001600160a01b0382165f9081526009602052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516125a791815260200190565b60405180910390a3505050565b6125be8282611008565b6110575760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610aa0565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c0015b60405160208183030381529060405280519060200120905090565b60605f61269e836129bf565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f4984314faaa250605bd8f166a52c03287b8572ea73a9af2c7fbf54c751a8d7f9918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c001612677565b803560208201356001600160ff1b0381166fa2a8918ca85bafe22016d0b997e4df60600160ff1b038111156127b057604051631bc38d0360e31b81526001600160a01b0387166004820152602401610aa0565b5f6127c060ff84901c601b612fc5565b90505f6040518781528260208201528560408201528360608201525f5f5260205f60808360015afa50505f5190506001600160a01b03811615806128165750876001600160a01b0316816001600160a01b031614155b1561283f57604051633615713d60e21b81526001600160a01b0389166004820152602401610aa0565b5050505050505050565b5f80806fa2a8918ca85bafe22016d0b997e4df60600160ff1b0384111561287857505f915060039050826128fd565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156128c9573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166128f457505f9250600191508290506128fd565b92505f91508190505b9450945094915050565b5f82600381111561291a5761291a612f29565b03612923575050565b600182600381111561293757612937612f29565b036129555760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561296957612969612f29565b0361298a5760405163fce698f760e01b815260048101829052602401610aa0565b600382600381111561299e5761299e612f29565b03611057576040516335e2f38360e21b815260048101829052602401610aa0565b5f60ff8216601f8111156106e557604051632cd44ac360e21b815260040160405180910390fd5b5f602082840312156129f6575f5ffd5b81356001600160e01b031981168114612a0d575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f612a0d6020830184612a14565b6001600160a01b03811681146116da575f5ffd5b5f5f60408385031215612a79575f5ffd5b8235612a8481612a54565b946020939093013593505050565b5f5f5f60608486031215612aa4575f5ffd5b8335612aaf81612a54565b92506020840135612abf81612a54565b929592945050506040919091013590565b5f60208284031215612ae0575f5ffd5b5035919050565b5f5f60408385031215612af8575f5ffd5b823591506020830135612b0a81612a54565b809150509250929050565b5f5f83601f840112612b25575f5ffd5b50813567ffffffffffffffff811115612b3c575f5ffd5b602083019150836020828501011115612b53575f5ffd5b9250929050565b5f5f5f60408486031215612b6c575f5ffd5b83359250602084013567ffffffffffffffff811115612b89575f5ffd5b612b9586828701612b15565b9497909650939450505050565b803560ff81168114612bb2575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a031215612bcd575f5ffd5b873596506020880135612bdf81612a54565b95506040880135945060608801359350612bfb60808901612ba2565b9699959850939692959460a0840135945060c09093013592915050565b5f5f83601f840112612c28575f5ffd5b50813567ffffffffffffffff811115612c3f575f5ffd5b6020830191508360208260051b8501011115612b53575f5ffd5b5f5f5f60408486031215612c6b575f5ffd5b83359250602084013567ffffffffffffffff811115612c88575f5ffd5b612b9586828701612c18565b602080825282518282018190525f918401906040840190835b81811015612ccd5783511515835260209384019390920191600101612cad565b509095945050505050565b5f60208284031215612ce8575f5ffd5b8135612a0d81612a54565b60ff60f81b8816815260e060208201525f612d1160e0830189612a14565b8281036040840152612d238189612a14565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612d78578351835260209384019390920191600101612d5a565b50909b9a5050505050505050505050565b5f5f60408385031215612d9a575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f5f60e0888a031215612dbf575f5ffd5b8735612dca81612a54565b96506020880135612bdf81612a54565b5f5f60408385031215612deb575f5ffd5b8235612df681612a54565b91506020830135612b0a81612a54565b5f5f5f5f5f60608688031215612e1a575f5ffd5b85359450602086013567ffffffffffffffff811115612e37575f5ffd5b612e4388828901612c18565b909550935050604086013567ffffffffffffffff811115612e62575f5ffd5b612e6e88828901612b15565b969995985093965092949392505050565b600181811c90821680612e9357607f821691505b602082108103612eb157634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f5f5f60808587031215612eca575f5ffd5b8451612ed581612a54565b602086015190945060078110612ee9575f5ffd5b604086015190935063ffffffff81168114612f02575f5ffd5b60608601519092506001600160801b0381168114612f1e575f5ffd5b939692955090935050565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160801b0382811682821603908111156106e5576106e5612f3d565b6001600160801b0381811683821601908111156106e5576106e5612f3d565b5f82612fa957634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176106e5576106e5612f3d565b808201808211156106e5576106e5612f3d565b63ffffffff81811683821601908111156106e5576106e5612f3d565b6001600160801b038416815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b63ffffffff82811682821603908111156106e5576106e5612f3d565b604080825281018390525f6001600160fb1b03841115613094575f5ffd5b8360051b808660608501378201828103606090810160208501526130ba90820185612a14565b9695505050505050565b82815260408101600783106130e757634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b602080825260069082015265185b5bdd5b9d60d21b60408201526060019056fea26469706673582212203e95f8e8b80e3634c9d9461cd2c997d0400dafcb75bb5d0b62e12bd7f184e37a64736f6c634300081c00338b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f",
}

// RewardTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use RewardTokenMetaData.ABI instead.
var RewardTokenABI = RewardTokenMetaData.ABI

// RewardTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RewardTokenMetaData.Bin instead.
var RewardTokenBin = RewardTokenMetaData.Bin

// DeployRewardToken deploys a new Ethereum contract, binding an instance of RewardToken to it.
func DeployRewardToken(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address, studyRegistry common.Address) (common.Address, *types.Transaction, *RewardToken, error) {
	parsed, err := RewardTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RewardTokenBin), backend, admin, studyRegistry)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RewardToken{RewardTokenCaller: RewardTokenCaller{contract: contract}, RewardTokenTransactor: RewardTokenTransactor{contract: contract}, RewardTokenFilterer: RewardTokenFilterer{contract: contract}}, nil
}

// RewardToken is an auto generated Go binding around an Ethereum contract.
type RewardToken struct {
	RewardTokenCaller     // Read-only binding to the contract
	RewardTokenTransactor // Write-only binding to the contract
	RewardTokenFilterer   // Log filterer for contract events
}

// RewardTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type RewardTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RewardTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RewardTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RewardTokenSession struct {
	Contract     *RewardToken      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RewardTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RewardTokenCallerSession struct {
	Contract *RewardTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// RewardTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RewardTokenTransactorSession struct {
	Contract     *RewardTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// RewardTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type RewardTokenRaw struct {
	Contract *RewardToken // Generic contract binding to access the raw methods on
}

// RewardTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RewardTokenCallerRaw struct {
	Contract *RewardTokenCaller // Generic read-only contract binding to access the raw methods on
}

// RewardTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RewardTokenTransactorRaw struct {
	Contract *RewardTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRewardToken creates a new instance of RewardToken, bound to a specific deployed contract.
func NewRewardToken(address common.Address, backend bind.ContractBackend) (*RewardToken, error) {
	contract, err := bindRewardToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RewardToken{RewardTokenCaller: RewardTokenCaller{contract: contract}, RewardTokenTransactor: RewardTokenTransactor{contract: contract}, RewardTokenFilterer: RewardTokenFilterer{contract: contract}}, nil
}

// NewRewardTokenCaller creates a new read-only instance of RewardToken, bound to a specific deployed contract.
func NewRewardTokenCaller(address common.Address, caller bind.ContractCaller) (*RewardTokenCaller, error) {
	contract, err := bindRewardToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RewardTokenCaller{contract: contract}, nil
}

// NewRewardTokenTransactor creates a new write-only instance of RewardToken, bound to a specific deployed contract.
func NewRewardTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*RewardTokenTransactor, error) {
	contract, err := bindRewardToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RewardTokenTransactor{contract: contract}, nil
}

// NewRewardTokenFilterer creates a new log filterer instance of RewardToken, bound to a specific deployed contract.
func NewRewardTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*RewardTokenFilterer, error) {
	contract, err := bindRewardToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RewardTokenFilterer{contract: contract}, nil
}

// bindRewardToken binds a generic wrapper to an already deployed contract.
func bindRewardToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RewardTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardToken *RewardTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardToken.Contract.RewardTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardToken *RewardTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardToken.Contract.RewardTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardToken *RewardTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardToken.Contract.RewardTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardToken *RewardTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardToken *RewardTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardToken *RewardTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardToken.Contract.contract.Transact(opts, method, params...)
}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenCaller) COMPUTEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "COMPUTE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenSession) COMPUTEROLE() ([32]byte, error) {
	return _RewardToken.Contract.COMPUTEROLE(&_RewardToken.CallOpts)
}

// COMPUTEROLE is a free data retrieval call binding the contract method 0xd527c280.
//
// Solidity: function COMPUTE_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenCallerSession) COMPUTEROLE() ([32]byte, error) {
	return _RewardToken.Contract.COMPUTEROLE(&_RewardToken.CallOpts)
}

// CONSENTDOMAINSEPARATOR is a free data retrieval call binding the contract method 0xe00fc06b.
//
// Solidity: function CONSENT_DOMAIN_SEPARATOR() view returns(bytes32)
func (_RewardToken *RewardTokenCaller) CONSENTDOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "CONSENT_DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CONSENTDOMAINSEPARATOR is a free data retrieval call binding the contract method 0xe00fc06b.
//
// Solidity: function CONSENT_DOMAIN_SEPARATOR() view returns(bytes32)
func (_RewardToken *RewardTokenSession) CONSENTDOMAINSEPARATOR() ([32]byte, error) {
	return _RewardToken.Contract.CONSENTDOMAINSEPARATOR(&_RewardToken.CallOpts)
}

// CONSENTDOMAINSEPARATOR is a free data retrieval call binding the contract method 0xe00fc06b.
//
// Solidity: function CONSENT_DOMAIN_SEPARATOR() view returns(bytes32)
func (_RewardToken *RewardTokenCallerSession) CONSENTDOMAINSEPARATOR() ([32]byte, error) {
	return _RewardToken.Contract.CONSENTDOMAINSEPARATOR(&_RewardToken.CallOpts)
}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_RewardToken *RewardTokenCaller) CONSENTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "CONSENT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_RewardToken *RewardTokenSession) CONSENTTYPEHASH() ([32]byte, error) {
	return _RewardToken.Contract.CONSENTTYPEHASH(&_RewardToken.CallOpts)
}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_RewardToken *RewardTokenCallerSession) CONSENTTYPEHASH() ([32]byte, error) {
	return _RewardToken.Contract.CONSENTTYPEHASH(&_RewardToken.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _RewardToken.Contract.DEFAULTADMINROLE(&_RewardToken.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _RewardToken.Contract.DEFAULTADMINROLE(&_RewardToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_RewardToken *RewardTokenCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_RewardToken *RewardTokenSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _RewardToken.Contract.DOMAINSEPARATOR(&_RewardToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_RewardToken *RewardTokenCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _RewardToken.Contract.DOMAINSEPARATOR(&_RewardToken.CallOpts)
}

// GRANTRECORDSIZE is a free data retrieval call binding the contract method 0x088d0eae.
//
// Solidity: function GRANT_RECORD_SIZE() view returns(uint256)
func (_RewardToken *RewardTokenCaller) GRANTRECORDSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "GRANT_RECORD_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GRANTRECORDSIZE is a free data retrieval call binding the contract method 0x088d0eae.
//
// Solidity: function GRANT_RECORD_SIZE() view returns(uint256)
func (_RewardToken *RewardTokenSession) GRANTRECORDSIZE() (*big.Int, error) {
	return _RewardToken.Contract.GRANTRECORDSIZE(&_RewardToken.CallOpts)
}

// GRANTRECORDSIZE is a free data retrieval call binding the contract method 0x088d0eae.
//
// Solidity: function GRANT_RECORD_SIZE() view returns(uint256)
func (_RewardToken *RewardTokenCallerSession) GRANTRECORDSIZE() (*big.Int, error) {
	return _RewardToken.Contract.GRANTRECORDSIZE(&_RewardToken.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenCaller) MINTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "MINTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenSession) MINTERROLE() ([32]byte, error) {
	return _RewardToken.Contract.MINTERROLE(&_RewardToken.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_RewardToken *RewardTokenCallerSession) MINTERROLE() ([32]byte, error) {
	return _RewardToken.Contract.MINTERROLE(&_RewardToken.CallOpts)
}

// REVOKERECORDSIZE is a free data retrieval call binding the contract method 0x24b23a82.
//
// Solidity: function REVOKE_RECORD_SIZE() view returns(uint256)
func (_RewardToken *RewardTokenCaller) REVOKERECORDSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "REVOKE_RECORD_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// REVOKERECORDSIZE is a free data retrieval call binding the contract method 0x24b23a82.
//
// Solidity: function REVOKE_RECORD_SIZE() view returns(uint256)
func (_RewardToken *RewardTokenSession) REVOKERECORDSIZE() (*big.Int, error) {
	return _RewardToken.Contract.REVOKERECORDSIZE(&_RewardToken.CallOpts)
}

// REVOKERECORDSIZE is a free data retrieval call binding the contract method 0x24b23a82.
//
// Solidity: function REVOKE_RECORD_SIZE() view returns(uint256)
func (_RewardToken *RewardTokenCallerSession) REVOKERECORDSIZE() (*big.Int, error) {
	return _RewardToken.Contract.REVOKERECORDSIZE(&_RewardToken.CallOpts)
}

// REVOKETYPEHASH is a free data retrieval call binding the contract method 0x8a732227.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (_RewardToken *RewardTokenCaller) REVOKETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "REVOKE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REVOKETYPEHASH is a free data retrieval call binding the contract method 0x8a732227.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (_RewardToken *RewardTokenSession) REVOKETYPEHASH() ([32]byte, error) {
	return _RewardToken.Contract.REVOKETYPEHASH(&_RewardToken.CallOpts)
}

// REVOKETYPEHASH is a free data retrieval call binding the contract method 0x8a732227.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (_RewardToken *RewardTokenCallerSession) REVOKETYPEHASH() ([32]byte, error) {
	return _RewardToken.Contract.REVOKETYPEHASH(&_RewardToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_RewardToken *RewardTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_RewardToken *RewardTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _RewardToken.Contract.Allowance(&_RewardToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_RewardToken *RewardTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _RewardToken.Contract.Allowance(&_RewardToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_RewardToken *RewardTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_RewardToken *RewardTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _RewardToken.Contract.BalanceOf(&_RewardToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_RewardToken *RewardTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _RewardToken.Contract.BalanceOf(&_RewardToken.CallOpts, account)
}

// ConsentOf is a free data retrieval call binding the contract method 0xbcb5e0c6.
//
// Solidity: function consentOf(uint256 studyId, address account) view returns(uint64 expiry, uint32 nonce, bool paid)
func (_RewardToken *RewardTokenCaller) ConsentOf(opts *bind.CallOpts, studyId *big.Int, account common.Address) (struct {
	Expiry uint64
	Nonce  uint32
	Paid   bool
}, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "consentOf", studyId, account)

	outstruct := new(struct {
		Expiry uint64
		Nonce  uint32
		Paid   bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Expiry = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Nonce = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Paid = *abi.ConvertType(out[2], new(bool)).(*bool)

	return *outstruct, err

}

// ConsentOf is a free data retrieval call binding the contract method 0xbcb5e0c6.
//
// Solidity: function consentOf(uint256 studyId, address account) view returns(uint64 expiry, uint32 nonce, bool paid)
func (_RewardToken *RewardTokenSession) ConsentOf(studyId *big.Int, account common.Address) (struct {
	Expiry uint64
	Nonce  uint32
	Paid   bool
}, error) {
	return _RewardToken.Contract.ConsentOf(&_RewardToken.CallOpts, studyId, account)
}

// ConsentOf is a free data retrieval call binding the contract method 0xbcb5e0c6.
//
// Solidity: function consentOf(uint256 studyId, address account) view returns(uint64 expiry, uint32 nonce, bool paid)
func (_RewardToken *RewardTokenCallerSession) ConsentOf(studyId *big.Int, account common.Address) (struct {
	Expiry uint64
	Nonce  uint32
	Paid   bool
}, error) {
	return _RewardToken.Contract.ConsentOf(&_RewardToken.CallOpts, studyId, account)
}

// ConsentStudyOf is a free data retrieval call binding the contract method 0xce164ead.
//
// Solidity: function consentStudyOf(address account) view returns(uint256)
func (_RewardToken *RewardTokenCaller) ConsentStudyOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "consentStudyOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConsentStudyOf is a free data retrieval call binding the contract method 0xce164ead.
//
// Solidity: function consentStudyOf(address account) view returns(uint256)
func (_RewardToken *RewardTokenSession) ConsentStudyOf(account common.Address) (*big.Int, error) {
	return _RewardToken.Contract.ConsentStudyOf(&_RewardToken.CallOpts, account)
}

// ConsentStudyOf is a free data retrieval call binding the contract method 0xce164ead.
//
// Solidity: function consentStudyOf(address account) view returns(uint256)
func (_RewardToken *RewardTokenCallerSession) ConsentStudyOf(account common.Address) (*big.Int, error) {
	return _RewardToken.Contract.ConsentStudyOf(&_RewardToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_RewardToken *RewardTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_RewardToken *RewardTokenSession) Decimals() (uint8, error) {
	return _RewardToken.Contract.Decimals(&_RewardToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_RewardToken *RewardTokenCallerSession) Decimals() (uint8, error) {
	return _RewardToken.Contract.Decimals(&_RewardToken.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_RewardToken *RewardTokenCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "eip712Domain")

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
func (_RewardToken *RewardTokenSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _RewardToken.Contract.Eip712Domain(&_RewardToken.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_RewardToken *RewardTokenCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _RewardToken.Contract.Eip712Domain(&_RewardToken.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RewardToken *RewardTokenCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RewardToken *RewardTokenSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _RewardToken.Contract.GetRoleAdmin(&_RewardToken.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RewardToken *RewardTokenCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _RewardToken.Contract.GetRoleAdmin(&_RewardToken.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RewardToken *RewardTokenCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RewardToken *RewardTokenSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _RewardToken.Contract.HasRole(&_RewardToken.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RewardToken *RewardTokenCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _RewardToken.Contract.HasRole(&_RewardToken.CallOpts, role, account)
}

// IsValid is a free data retrieval call binding the contract method 0x27a956f6.
//
// Solidity: function isValid(uint256 studyId, address account) view returns(bool)
func (_RewardToken *RewardTokenCaller) IsValid(opts *bind.CallOpts, studyId *big.Int, account common.Address) (bool, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "isValid", studyId, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValid is a free data retrieval call binding the contract method 0x27a956f6.
//
// Solidity: function isValid(uint256 studyId, address account) view returns(bool)
func (_RewardToken *RewardTokenSession) IsValid(studyId *big.Int, account common.Address) (bool, error) {
	return _RewardToken.Contract.IsValid(&_RewardToken.CallOpts, studyId, account)
}

// IsValid is a free data retrieval call binding the contract method 0x27a956f6.
//
// Solidity: function isValid(uint256 studyId, address account) view returns(bool)
func (_RewardToken *RewardTokenCallerSession) IsValid(studyId *big.Int, account common.Address) (bool, error) {
	return _RewardToken.Contract.IsValid(&_RewardToken.CallOpts, studyId, account)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_RewardToken *RewardTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_RewardToken *RewardTokenSession) Name() (string, error) {
	return _RewardToken.Contract.Name(&_RewardToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_RewardToken *RewardTokenCallerSession) Name() (string, error) {
	return _RewardToken.Contract.Name(&_RewardToken.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_RewardToken *RewardTokenCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_RewardToken *RewardTokenSession) Nonces(owner common.Address) (*big.Int, error) {
	return _RewardToken.Contract.Nonces(&_RewardToken.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_RewardToken *RewardTokenCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _RewardToken.Contract.Nonces(&_RewardToken.CallOpts, owner)
}

// PaidMany is a free data retrieval call binding the contract method 0x8966f7cb.
//
// Solidity: function paidMany(uint256 studyId, address[] accounts) view returns(bool[] paid)
func (_RewardToken *RewardTokenCaller) PaidMany(opts *bind.CallOpts, studyId *big.Int, accounts []common.Address) ([]bool, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "paidMany", studyId, accounts)

	if err != nil {
		return *new([]bool), err
	}

	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)

	return out0, err

}

// PaidMany is a free data retrieval call binding the contract method 0x8966f7cb.
//
// Solidity: function paidMany(uint256 studyId, address[] accounts) view returns(bool[] paid)
func (_RewardToken *RewardTokenSession) PaidMany(studyId *big.Int, accounts []common.Address) ([]bool, error) {
	return _RewardToken.Contract.PaidMany(&_RewardToken.CallOpts, studyId, accounts)
}

// PaidMany is a free data retrieval call binding the contract method 0x8966f7cb.
//
// Solidity: function paidMany(uint256 studyId, address[] accounts) view returns(bool[] paid)
func (_RewardToken *RewardTokenCallerSession) PaidMany(studyId *big.Int, accounts []common.Address) ([]bool, error) {
	return _RewardToken.Contract.PaidMany(&_RewardToken.CallOpts, studyId, accounts)
}

// PoolOf is a free data retrieval call binding the contract method 0x83966021.
//
// Solidity: function poolOf(uint256 studyId) view returns(uint128 funded, uint128 paid, uint128 refunded, uint32 active, uint32 paidCount)
func (_RewardToken *RewardTokenCaller) PoolOf(opts *bind.CallOpts, studyId *big.Int) (struct {
	Funded    *big.Int
	Paid      *big.Int
	Refunded  *big.Int
	Active    uint32
	PaidCount uint32
}, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "poolOf", studyId)

	outstruct := new(struct {
		Funded    *big.Int
		Paid      *big.Int
		Refunded  *big.Int
		Active    uint32
		PaidCount uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Funded = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Paid = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Refunded = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.Active = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.PaidCount = *abi.ConvertType(out[4], new(uint32)).(*uint32)

	return *outstruct, err

}

// PoolOf is a free data retrieval call binding the contract method 0x83966021.
//
// Solidity: function poolOf(uint256 studyId) view returns(uint128 funded, uint128 paid, uint128 refunded, uint32 active, uint32 paidCount)
func (_RewardToken *RewardTokenSession) PoolOf(studyId *big.Int) (struct {
	Funded    *big.Int
	Paid      *big.Int
	Refunded  *big.Int
	Active    uint32
	PaidCount uint32
}, error) {
	return _RewardToken.Contract.PoolOf(&_RewardToken.CallOpts, studyId)
}

// PoolOf is a free data retrieval call binding the contract method 0x83966021.
//
// Solidity: function poolOf(uint256 studyId) view returns(uint128 funded, uint128 paid, uint128 refunded, uint32 active, uint32 paidCount)
func (_RewardToken *RewardTokenCallerSession) PoolOf(studyId *big.Int) (struct {
	Funded    *big.Int
	Paid      *big.Int
	Refunded  *big.Int
	Active    uint32
	PaidCount uint32
}, error) {
	return _RewardToken.Contract.PoolOf(&_RewardToken.CallOpts, studyId)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_RewardToken *RewardTokenCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_RewardToken *RewardTokenSession) Registry() (common.Address, error) {
	return _RewardToken.Contract.Registry(&_RewardToken.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_RewardToken *RewardTokenCallerSession) Registry() (common.Address, error) {
	return _RewardToken.Contract.Registry(&_RewardToken.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RewardToken *RewardTokenCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RewardToken *RewardTokenSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _RewardToken.Contract.SupportsInterface(&_RewardToken.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RewardToken *RewardTokenCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _RewardToken.Contract.SupportsInterface(&_RewardToken.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_RewardToken *RewardTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_RewardToken *RewardTokenSession) Symbol() (string, error) {
	return _RewardToken.Contract.Symbol(&_RewardToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_RewardToken *RewardTokenCallerSession) Symbol() (string, error) {
	return _RewardToken.Contract.Symbol(&_RewardToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_RewardToken *RewardTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_RewardToken *RewardTokenSession) TotalSupply() (*big.Int, error) {
	return _RewardToken.Contract.TotalSupply(&_RewardToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_RewardToken *RewardTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _RewardToken.Contract.TotalSupply(&_RewardToken.CallOpts)
}

// ValidMany is a free data retrieval call binding the contract method 0x5c5dd03b.
//
// Solidity: function validMany(uint256 studyId, address[] accounts) view returns(bool[] valid)
func (_RewardToken *RewardTokenCaller) ValidMany(opts *bind.CallOpts, studyId *big.Int, accounts []common.Address) ([]bool, error) {
	var out []interface{}
	err := _RewardToken.contract.Call(opts, &out, "validMany", studyId, accounts)

	if err != nil {
		return *new([]bool), err
	}

	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)

	return out0, err

}

// ValidMany is a free data retrieval call binding the contract method 0x5c5dd03b.
//
// Solidity: function validMany(uint256 studyId, address[] accounts) view returns(bool[] valid)
func (_RewardToken *RewardTokenSession) ValidMany(studyId *big.Int, accounts []common.Address) ([]bool, error) {
	return _RewardToken.Contract.ValidMany(&_RewardToken.CallOpts, studyId, accounts)
}

// ValidMany is a free data retrieval call binding the contract method 0x5c5dd03b.
//
// Solidity: function validMany(uint256 studyId, address[] accounts) view returns(bool[] valid)
func (_RewardToken *RewardTokenCallerSession) ValidMany(studyId *big.Int, accounts []common.Address) ([]bool, error) {
	return _RewardToken.Contract.ValidMany(&_RewardToken.CallOpts, studyId, accounts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_RewardToken *RewardTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_RewardToken *RewardTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Approve(&_RewardToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_RewardToken *RewardTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Approve(&_RewardToken.TransactOpts, spender, value)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 studyId, uint256 amount) returns()
func (_RewardToken *RewardTokenTransactor) Fund(opts *bind.TransactOpts, studyId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "fund", studyId, amount)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 studyId, uint256 amount) returns()
func (_RewardToken *RewardTokenSession) Fund(studyId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Fund(&_RewardToken.TransactOpts, studyId, amount)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 studyId, uint256 amount) returns()
func (_RewardToken *RewardTokenTransactorSession) Fund(studyId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Fund(&_RewardToken.TransactOpts, studyId, amount)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x47395dcb.
//
// Solidity: function fundWithPermit(uint256 studyId, address funder, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_RewardToken *RewardTokenTransactor) FundWithPermit(opts *bind.TransactOpts, studyId *big.Int, funder common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "fundWithPermit", studyId, funder, amount, deadline, v, r, s)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x47395dcb.
//
// Solidity: function fundWithPermit(uint256 studyId, address funder, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_RewardToken *RewardTokenSession) FundWithPermit(studyId *big.Int, funder common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _RewardToken.Contract.FundWithPermit(&_RewardToken.TransactOpts, studyId, funder, amount, deadline, v, r, s)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x47395dcb.
//
// Solidity: function fundWithPermit(uint256 studyId, address funder, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_RewardToken *RewardTokenTransactorSession) FundWithPermit(studyId *big.Int, funder common.Address, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _RewardToken.Contract.FundWithPermit(&_RewardToken.TransactOpts, studyId, funder, amount, deadline, v, r, s)
}

// GrantBatch is a paid mutator transaction binding the contract method 0xf469c391.
//
// Solidity: function grantBatch(uint256 studyId, bytes32[] scopes, bytes records) returns()
func (_RewardToken *RewardTokenTransactor) GrantBatch(opts *bind.TransactOpts, studyId *big.Int, scopes [][32]byte, records []byte) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "grantBatch", studyId, scopes, records)
}

// GrantBatch is a paid mutator transaction binding the contract method 0xf469c391.
//
// Solidity: function grantBatch(uint256 studyId, bytes32[] scopes, bytes records) returns()
func (_RewardToken *RewardTokenSession) GrantBatch(studyId *big.Int, scopes [][32]byte, records []byte) (*types.Transaction, error) {
	return _RewardToken.Contract.GrantBatch(&_RewardToken.TransactOpts, studyId, scopes, records)
}

// GrantBatch is a paid mutator transaction binding the contract method 0xf469c391.
//
// Solidity: function grantBatch(uint256 studyId, bytes32[] scopes, bytes records) returns()
func (_RewardToken *RewardTokenTransactorSession) GrantBatch(studyId *big.Int, scopes [][32]byte, records []byte) (*types.Transaction, error) {
	return _RewardToken.Contract.GrantBatch(&_RewardToken.TransactOpts, studyId, scopes, records)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RewardToken *RewardTokenTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RewardToken *RewardTokenSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardToken.Contract.GrantRole(&_RewardToken.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RewardToken *RewardTokenTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardToken.Contract.GrantRole(&_RewardToken.TransactOpts, role, account)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_RewardToken *RewardTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_RewardToken *RewardTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Mint(&_RewardToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_RewardToken *RewardTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Mint(&_RewardToken.TransactOpts, to, amount)
}

// Pay is a paid mutator transaction binding the contract method 0x3edd10c5.
//
// Solidity: function pay(uint256 studyId, bytes recipients) returns()
func (_RewardToken *RewardTokenTransactor) Pay(opts *bind.TransactOpts, studyId *big.Int, recipients []byte) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "pay", studyId, recipients)
}

// Pay is a paid mutator transaction binding the contract method 0x3edd10c5.
//
// Solidity: function pay(uint256 studyId, bytes recipients) returns()
func (_RewardToken *RewardTokenSession) Pay(studyId *big.Int, recipients []byte) (*types.Transaction, error) {
	return _RewardToken.Contract.Pay(&_RewardToken.TransactOpts, studyId, recipients)
}

// Pay is a paid mutator transaction binding the contract method 0x3edd10c5.
//
// Solidity: function pay(uint256 studyId, bytes recipients) returns()
func (_RewardToken *RewardTokenTransactorSession) Pay(studyId *big.Int, recipients []byte) (*types.Transaction, error) {
	return _RewardToken.Contract.Pay(&_RewardToken.TransactOpts, studyId, recipients)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_RewardToken *RewardTokenTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_RewardToken *RewardTokenSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _RewardToken.Contract.Permit(&_RewardToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_RewardToken *RewardTokenTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _RewardToken.Contract.Permit(&_RewardToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Refund is a paid mutator transaction binding the contract method 0x278ecde1.
//
// Solidity: function refund(uint256 studyId) returns(uint256 amount)
func (_RewardToken *RewardTokenTransactor) Refund(opts *bind.TransactOpts, studyId *big.Int) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "refund", studyId)
}

// Refund is a paid mutator transaction binding the contract method 0x278ecde1.
//
// Solidity: function refund(uint256 studyId) returns(uint256 amount)
func (_RewardToken *RewardTokenSession) Refund(studyId *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Refund(&_RewardToken.TransactOpts, studyId)
}

// Refund is a paid mutator transaction binding the contract method 0x278ecde1.
//
// Solidity: function refund(uint256 studyId) returns(uint256 amount)
func (_RewardToken *RewardTokenTransactorSession) Refund(studyId *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Refund(&_RewardToken.TransactOpts, studyId)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RewardToken *RewardTokenTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RewardToken *RewardTokenSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RewardToken.Contract.RenounceRole(&_RewardToken.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RewardToken *RewardTokenTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RewardToken.Contract.RenounceRole(&_RewardToken.TransactOpts, role, callerConfirmation)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0xc98d4900.
//
// Solidity: function revokeBatch(uint256 studyId, bytes records) returns()
func (_RewardToken *RewardTokenTransactor) RevokeBatch(opts *bind.TransactOpts, studyId *big.Int, records []byte) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "revokeBatch", studyId, records)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0xc98d4900.
//
// Solidity: function revokeBatch(uint256 studyId, bytes records) returns()
func (_RewardToken *RewardTokenSession) RevokeBatch(studyId *big.Int, records []byte) (*types.Transaction, error) {
	return _RewardToken.Contract.RevokeBatch(&_RewardToken.TransactOpts, studyId, records)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0xc98d4900.
//
// Solidity: function revokeBatch(uint256 studyId, bytes records) returns()
func (_RewardToken *RewardTokenTransactorSession) RevokeBatch(studyId *big.Int, records []byte) (*types.Transaction, error) {
	return _RewardToken.Contract.RevokeBatch(&_RewardToken.TransactOpts, studyId, records)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RewardToken *RewardTokenTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RewardToken *RewardTokenSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardToken.Contract.RevokeRole(&_RewardToken.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RewardToken *RewardTokenTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RewardToken.Contract.RevokeRole(&_RewardToken.TransactOpts, role, account)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_RewardToken *RewardTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_RewardToken *RewardTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Transfer(&_RewardToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_RewardToken *RewardTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.Transfer(&_RewardToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_RewardToken *RewardTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_RewardToken *RewardTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.TransferFrom(&_RewardToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_RewardToken *RewardTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RewardToken.Contract.TransferFrom(&_RewardToken.TransactOpts, from, to, value)
}

// RewardTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the RewardToken contract.
type RewardTokenApprovalIterator struct {
	Event *RewardTokenApproval // Event containing the contract specifics and raw log

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
func (it *RewardTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenApproval)
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
		it.Event = new(RewardTokenApproval)
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
func (it *RewardTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenApproval represents a Approval event raised by the RewardToken contract.
type RewardTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_RewardToken *RewardTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*RewardTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenApprovalIterator{contract: _RewardToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_RewardToken *RewardTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *RewardTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenApproval)
				if err := _RewardToken.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_RewardToken *RewardTokenFilterer) ParseApproval(log types.Log) (*RewardTokenApproval, error) {
	event := new(RewardTokenApproval)
	if err := _RewardToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenConsentsGrantedIterator is returned from FilterConsentsGranted and is used to iterate over the raw logs and unpacked data for ConsentsGranted events raised by the RewardToken contract.
type RewardTokenConsentsGrantedIterator struct {
	Event *RewardTokenConsentsGranted // Event containing the contract specifics and raw log

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
func (it *RewardTokenConsentsGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenConsentsGranted)
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
		it.Event = new(RewardTokenConsentsGranted)
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
func (it *RewardTokenConsentsGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenConsentsGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenConsentsGranted represents a ConsentsGranted event raised by the RewardToken contract.
type RewardTokenConsentsGranted struct {
	StudyId *big.Int
	Scopes  [][32]byte
	Grants  []byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterConsentsGranted is a free log retrieval operation binding the contract event 0x887c55db1e411aec79ca43929e840407779ddb385a3bb0cb3c45e6267dfe7dfc.
//
// Solidity: event ConsentsGranted(uint256 indexed studyId, bytes32[] scopes, bytes grants)
func (_RewardToken *RewardTokenFilterer) FilterConsentsGranted(opts *bind.FilterOpts, studyId []*big.Int) (*RewardTokenConsentsGrantedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "ConsentsGranted", studyIdRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenConsentsGrantedIterator{contract: _RewardToken.contract, event: "ConsentsGranted", logs: logs, sub: sub}, nil
}

// WatchConsentsGranted is a free log subscription operation binding the contract event 0x887c55db1e411aec79ca43929e840407779ddb385a3bb0cb3c45e6267dfe7dfc.
//
// Solidity: event ConsentsGranted(uint256 indexed studyId, bytes32[] scopes, bytes grants)
func (_RewardToken *RewardTokenFilterer) WatchConsentsGranted(opts *bind.WatchOpts, sink chan<- *RewardTokenConsentsGranted, studyId []*big.Int) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "ConsentsGranted", studyIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenConsentsGranted)
				if err := _RewardToken.contract.UnpackLog(event, "ConsentsGranted", log); err != nil {
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

// ParseConsentsGranted is a log parse operation binding the contract event 0x887c55db1e411aec79ca43929e840407779ddb385a3bb0cb3c45e6267dfe7dfc.
//
// Solidity: event ConsentsGranted(uint256 indexed studyId, bytes32[] scopes, bytes grants)
func (_RewardToken *RewardTokenFilterer) ParseConsentsGranted(log types.Log) (*RewardTokenConsentsGranted, error) {
	event := new(RewardTokenConsentsGranted)
	if err := _RewardToken.contract.UnpackLog(event, "ConsentsGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenConsentsRevokedIterator is returned from FilterConsentsRevoked and is used to iterate over the raw logs and unpacked data for ConsentsRevoked events raised by the RewardToken contract.
type RewardTokenConsentsRevokedIterator struct {
	Event *RewardTokenConsentsRevoked // Event containing the contract specifics and raw log

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
func (it *RewardTokenConsentsRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenConsentsRevoked)
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
		it.Event = new(RewardTokenConsentsRevoked)
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
func (it *RewardTokenConsentsRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenConsentsRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenConsentsRevoked represents a ConsentsRevoked event raised by the RewardToken contract.
type RewardTokenConsentsRevoked struct {
	StudyId      *big.Int
	Participants []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterConsentsRevoked is a free log retrieval operation binding the contract event 0xce6ae3786f72cb39a98987f1f2f682d0e80ae56d143d0721a8c9957114a8e7ee.
//
// Solidity: event ConsentsRevoked(uint256 indexed studyId, bytes participants)
func (_RewardToken *RewardTokenFilterer) FilterConsentsRevoked(opts *bind.FilterOpts, studyId []*big.Int) (*RewardTokenConsentsRevokedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "ConsentsRevoked", studyIdRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenConsentsRevokedIterator{contract: _RewardToken.contract, event: "ConsentsRevoked", logs: logs, sub: sub}, nil
}

// WatchConsentsRevoked is a free log subscription operation binding the contract event 0xce6ae3786f72cb39a98987f1f2f682d0e80ae56d143d0721a8c9957114a8e7ee.
//
// Solidity: event ConsentsRevoked(uint256 indexed studyId, bytes participants)
func (_RewardToken *RewardTokenFilterer) WatchConsentsRevoked(opts *bind.WatchOpts, sink chan<- *RewardTokenConsentsRevoked, studyId []*big.Int) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "ConsentsRevoked", studyIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenConsentsRevoked)
				if err := _RewardToken.contract.UnpackLog(event, "ConsentsRevoked", log); err != nil {
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

// ParseConsentsRevoked is a log parse operation binding the contract event 0xce6ae3786f72cb39a98987f1f2f682d0e80ae56d143d0721a8c9957114a8e7ee.
//
// Solidity: event ConsentsRevoked(uint256 indexed studyId, bytes participants)
func (_RewardToken *RewardTokenFilterer) ParseConsentsRevoked(log types.Log) (*RewardTokenConsentsRevoked, error) {
	event := new(RewardTokenConsentsRevoked)
	if err := _RewardToken.contract.UnpackLog(event, "ConsentsRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the RewardToken contract.
type RewardTokenEIP712DomainChangedIterator struct {
	Event *RewardTokenEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *RewardTokenEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenEIP712DomainChanged)
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
		it.Event = new(RewardTokenEIP712DomainChanged)
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
func (it *RewardTokenEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the RewardToken contract.
type RewardTokenEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_RewardToken *RewardTokenFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*RewardTokenEIP712DomainChangedIterator, error) {

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &RewardTokenEIP712DomainChangedIterator{contract: _RewardToken.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_RewardToken *RewardTokenFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *RewardTokenEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenEIP712DomainChanged)
				if err := _RewardToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_RewardToken *RewardTokenFilterer) ParseEIP712DomainChanged(log types.Log) (*RewardTokenEIP712DomainChanged, error) {
	event := new(RewardTokenEIP712DomainChanged)
	if err := _RewardToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenFundedIterator is returned from FilterFunded and is used to iterate over the raw logs and unpacked data for Funded events raised by the RewardToken contract.
type RewardTokenFundedIterator struct {
	Event *RewardTokenFunded // Event containing the contract specifics and raw log

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
func (it *RewardTokenFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenFunded)
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
		it.Event = new(RewardTokenFunded)
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
func (it *RewardTokenFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenFunded represents a Funded event raised by the RewardToken contract.
type RewardTokenFunded struct {
	StudyId *big.Int
	Funder  common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterFunded is a free log retrieval operation binding the contract event 0x38c48552690c96ec2872092ac1db6c19fb59f5a8c5b49bbf41ed4886d0ca6926.
//
// Solidity: event Funded(uint256 indexed studyId, address indexed funder, uint256 amount)
func (_RewardToken *RewardTokenFilterer) FilterFunded(opts *bind.FilterOpts, studyId []*big.Int, funder []common.Address) (*RewardTokenFundedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var funderRule []interface{}
	for _, funderItem := range funder {
		funderRule = append(funderRule, funderItem)
	}

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "Funded", studyIdRule, funderRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenFundedIterator{contract: _RewardToken.contract, event: "Funded", logs: logs, sub: sub}, nil
}

// WatchFunded is a free log subscription operation binding the contract event 0x38c48552690c96ec2872092ac1db6c19fb59f5a8c5b49bbf41ed4886d0ca6926.
//
// Solidity: event Funded(uint256 indexed studyId, address indexed funder, uint256 amount)
func (_RewardToken *RewardTokenFilterer) WatchFunded(opts *bind.WatchOpts, sink chan<- *RewardTokenFunded, studyId []*big.Int, funder []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var funderRule []interface{}
	for _, funderItem := range funder {
		funderRule = append(funderRule, funderItem)
	}

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "Funded", studyIdRule, funderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenFunded)
				if err := _RewardToken.contract.UnpackLog(event, "Funded", log); err != nil {
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
func (_RewardToken *RewardTokenFilterer) ParseFunded(log types.Log) (*RewardTokenFunded, error) {
	event := new(RewardTokenFunded)
	if err := _RewardToken.contract.UnpackLog(event, "Funded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenPaidIterator is returned from FilterPaid and is used to iterate over the raw logs and unpacked data for Paid events raised by the RewardToken contract.
type RewardTokenPaidIterator struct {
	Event *RewardTokenPaid // Event containing the contract specifics and raw log

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
func (it *RewardTokenPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenPaid)
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
		it.Event = new(RewardTokenPaid)
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
func (it *RewardTokenPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenPaid represents a Paid event raised by the RewardToken contract.
type RewardTokenPaid struct {
	StudyId    *big.Int
	AmountEach *big.Int
	Recipients []byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterPaid is a free log retrieval operation binding the contract event 0x9ad4d27a2b8d4490d6ac36fbb262b1ba101842a4e1527e04d2585fd61bfcfe70.
//
// Solidity: event Paid(uint256 indexed studyId, uint256 amountEach, bytes recipients)
func (_RewardToken *RewardTokenFilterer) FilterPaid(opts *bind.FilterOpts, studyId []*big.Int) (*RewardTokenPaidIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "Paid", studyIdRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenPaidIterator{contract: _RewardToken.contract, event: "Paid", logs: logs, sub: sub}, nil
}

// WatchPaid is a free log subscription operation binding the contract event 0x9ad4d27a2b8d4490d6ac36fbb262b1ba101842a4e1527e04d2585fd61bfcfe70.
//
// Solidity: event Paid(uint256 indexed studyId, uint256 amountEach, bytes recipients)
func (_RewardToken *RewardTokenFilterer) WatchPaid(opts *bind.WatchOpts, sink chan<- *RewardTokenPaid, studyId []*big.Int) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "Paid", studyIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenPaid)
				if err := _RewardToken.contract.UnpackLog(event, "Paid", log); err != nil {
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

// ParsePaid is a log parse operation binding the contract event 0x9ad4d27a2b8d4490d6ac36fbb262b1ba101842a4e1527e04d2585fd61bfcfe70.
//
// Solidity: event Paid(uint256 indexed studyId, uint256 amountEach, bytes recipients)
func (_RewardToken *RewardTokenFilterer) ParsePaid(log types.Log) (*RewardTokenPaid, error) {
	event := new(RewardTokenPaid)
	if err := _RewardToken.contract.UnpackLog(event, "Paid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenRefundedIterator is returned from FilterRefunded and is used to iterate over the raw logs and unpacked data for Refunded events raised by the RewardToken contract.
type RewardTokenRefundedIterator struct {
	Event *RewardTokenRefunded // Event containing the contract specifics and raw log

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
func (it *RewardTokenRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenRefunded)
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
		it.Event = new(RewardTokenRefunded)
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
func (it *RewardTokenRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenRefunded represents a Refunded event raised by the RewardToken contract.
type RewardTokenRefunded struct {
	StudyId    *big.Int
	Researcher common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterRefunded is a free log retrieval operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed studyId, address indexed researcher, uint256 amount)
func (_RewardToken *RewardTokenFilterer) FilterRefunded(opts *bind.FilterOpts, studyId []*big.Int, researcher []common.Address) (*RewardTokenRefundedIterator, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var researcherRule []interface{}
	for _, researcherItem := range researcher {
		researcherRule = append(researcherRule, researcherItem)
	}

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "Refunded", studyIdRule, researcherRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenRefundedIterator{contract: _RewardToken.contract, event: "Refunded", logs: logs, sub: sub}, nil
}

// WatchRefunded is a free log subscription operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed studyId, address indexed researcher, uint256 amount)
func (_RewardToken *RewardTokenFilterer) WatchRefunded(opts *bind.WatchOpts, sink chan<- *RewardTokenRefunded, studyId []*big.Int, researcher []common.Address) (event.Subscription, error) {

	var studyIdRule []interface{}
	for _, studyIdItem := range studyId {
		studyIdRule = append(studyIdRule, studyIdItem)
	}
	var researcherRule []interface{}
	for _, researcherItem := range researcher {
		researcherRule = append(researcherRule, researcherItem)
	}

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "Refunded", studyIdRule, researcherRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenRefunded)
				if err := _RewardToken.contract.UnpackLog(event, "Refunded", log); err != nil {
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
func (_RewardToken *RewardTokenFilterer) ParseRefunded(log types.Log) (*RewardTokenRefunded, error) {
	event := new(RewardTokenRefunded)
	if err := _RewardToken.contract.UnpackLog(event, "Refunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the RewardToken contract.
type RewardTokenRoleAdminChangedIterator struct {
	Event *RewardTokenRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *RewardTokenRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenRoleAdminChanged)
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
		it.Event = new(RewardTokenRoleAdminChanged)
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
func (it *RewardTokenRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenRoleAdminChanged represents a RoleAdminChanged event raised by the RewardToken contract.
type RewardTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RewardToken *RewardTokenFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*RewardTokenRoleAdminChangedIterator, error) {

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

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenRoleAdminChangedIterator{contract: _RewardToken.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RewardToken *RewardTokenFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *RewardTokenRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenRoleAdminChanged)
				if err := _RewardToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_RewardToken *RewardTokenFilterer) ParseRoleAdminChanged(log types.Log) (*RewardTokenRoleAdminChanged, error) {
	event := new(RewardTokenRoleAdminChanged)
	if err := _RewardToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the RewardToken contract.
type RewardTokenRoleGrantedIterator struct {
	Event *RewardTokenRoleGranted // Event containing the contract specifics and raw log

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
func (it *RewardTokenRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenRoleGranted)
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
		it.Event = new(RewardTokenRoleGranted)
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
func (it *RewardTokenRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenRoleGranted represents a RoleGranted event raised by the RewardToken contract.
type RewardTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RewardToken *RewardTokenFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RewardTokenRoleGrantedIterator, error) {

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

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenRoleGrantedIterator{contract: _RewardToken.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RewardToken *RewardTokenFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *RewardTokenRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenRoleGranted)
				if err := _RewardToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_RewardToken *RewardTokenFilterer) ParseRoleGranted(log types.Log) (*RewardTokenRoleGranted, error) {
	event := new(RewardTokenRoleGranted)
	if err := _RewardToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the RewardToken contract.
type RewardTokenRoleRevokedIterator struct {
	Event *RewardTokenRoleRevoked // Event containing the contract specifics and raw log

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
func (it *RewardTokenRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenRoleRevoked)
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
		it.Event = new(RewardTokenRoleRevoked)
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
func (it *RewardTokenRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenRoleRevoked represents a RoleRevoked event raised by the RewardToken contract.
type RewardTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RewardToken *RewardTokenFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RewardTokenRoleRevokedIterator, error) {

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

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenRoleRevokedIterator{contract: _RewardToken.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RewardToken *RewardTokenFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *RewardTokenRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenRoleRevoked)
				if err := _RewardToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_RewardToken *RewardTokenFilterer) ParseRoleRevoked(log types.Log) (*RewardTokenRoleRevoked, error) {
	event := new(RewardTokenRoleRevoked)
	if err := _RewardToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the RewardToken contract.
type RewardTokenTransferIterator struct {
	Event *RewardTokenTransfer // Event containing the contract specifics and raw log

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
func (it *RewardTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardTokenTransfer)
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
		it.Event = new(RewardTokenTransfer)
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
func (it *RewardTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardTokenTransfer represents a Transfer event raised by the RewardToken contract.
type RewardTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_RewardToken *RewardTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*RewardTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _RewardToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &RewardTokenTransferIterator{contract: _RewardToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_RewardToken *RewardTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *RewardTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _RewardToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardTokenTransfer)
				if err := _RewardToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_RewardToken *RewardTokenFilterer) ParseTransfer(log types.Log) (*RewardTokenTransfer, error) {
	event := new(RewardTokenTransfer)
	if err := _RewardToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
