package token

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// SenderConfig tunes a Sender. The zero value gives the defaults.
type SenderConfig struct {
	// PollInterval is the longest pause between receipt polls. Polling starts at a few
	// milliseconds (the embedded chain seals a block as soon as a transaction arrives) and
	// backs off to this. Default 250ms.
	PollInterval time.Duration
	// ReceiptTimeout bounds the wait for a receipt once a transaction is sent, on top of the
	// caller's context. Default 2 minutes.
	ReceiptTimeout time.Duration
	// Retries is how many times a transient failure (connection refused or reset, timeouts,
	// HTTP 429 and 5xx, a full transaction pool) is retried, with backoff. Default 3.
	Retries int
	// GasMarginPercent is added to the gas estimate of a contract call, to absorb state
	// changes between estimation and inclusion. Default 25. Plain transfers to accounts
	// without code use the estimate as is.
	GasMarginPercent uint64
}

// Sender sends transactions for one account, the operator (relayer), through any JSON-RPC
// endpoint: the embedded node's in-process client or an external node. It is safe for
// concurrent use: nonces come from a local counter behind a mutex, re-read from the pending
// nonce whenever the node reports a nonce error.
type Sender struct {
	client  *ethclient.Client
	chainID *big.Int
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	cfg     SenderConfig

	mu     sync.Mutex // serialises nonce assignment and submission
	nonce  uint64     // next nonce to use, valid when synced
	synced bool
}

// NewSender returns a Sender for key's account on the chain with the given id (nil asks the
// node). An optional SenderConfig tunes it. It reads the account's pending nonce, so an
// unreachable endpoint fails here.
func NewSender(ctx context.Context, client *ethclient.Client, chainID *big.Int, key *ecdsa.PrivateKey, config ...SenderConfig) (*Sender, error) {
	if client == nil || key == nil {
		return nil, errors.New("token.NewSender: client and key are required")
	}
	if chainID == nil {
		id, err := client.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("token.NewSender: chain id: %w", err)
		}
		chainID = id
	}
	var cfg SenderConfig
	if len(config) > 0 {
		cfg = config[0]
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 250 * time.Millisecond
	}
	if cfg.ReceiptTimeout <= 0 {
		cfg.ReceiptTimeout = 2 * time.Minute
	}
	if cfg.Retries <= 0 {
		cfg.Retries = 3
	}
	if cfg.GasMarginPercent == 0 {
		cfg.GasMarginPercent = 25
	}
	s := &Sender{
		client:  client,
		chainID: new(big.Int).Set(chainID),
		key:     key,
		from:    crypto.PubkeyToAddress(key.PublicKey),
		signer:  types.LatestSignerForChainID(chainID),
		cfg:     cfg,
	}
	n, err := client.PendingNonceAt(ctx, s.from)
	if err != nil {
		return nil, fmt.Errorf("token.NewSender: pending nonce: %w", err)
	}
	s.nonce, s.synced = n, true
	return s, nil
}

// From returns the sending account.
func (s *Sender) From() common.Address { return s.from }

// Client returns the JSON-RPC client the Sender uses.
func (s *Sender) Client() *ethclient.Client { return s.client }

// ChainID returns the chain id transactions are signed for.
func (s *Sender) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// Transact sends data to the contract at to (nil deploys data as init code), waits until
// the transaction is mined and returns its receipt. A revert, whether found while
// estimating gas or in the mined receipt, comes back as a *RevertedError carrying the revert
// data when there is any.
func (s *Sender) Transact(ctx context.Context, to *common.Address, data []byte) (*types.Receipt, error) {
	r, err := s.transact(ctx, to, nil, data)
	if err != nil {
		return r, fmt.Errorf("token.Sender.Transact: %w", err)
	}
	return r, nil
}

// TransactWithGas is Transact with a fixed gas limit instead of an estimate: the transaction
// is sent even if it will revert, and mined (a revert costs its gas and comes back as a
// *RevertedError with the receipt and, when the node can replay it, the revert data). It suits
// transactions whose gas is known, and tests that need a reverted transaction on chain.
func (s *Sender) TransactWithGas(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	var (
		tip, feeCap *big.Int
		err         error
	)
	for left := s.cfg.Retries; ; left-- {
		if _, tip, feeCap, err = s.price(ctx); err == nil || !isTransient(err) || left == 0 {
			break
		}
		if err := sleepCtx(ctx, retryBackoff(s.cfg.Retries-left+1)); err != nil {
			return nil, err
		}
	}
	if err != nil {
		return nil, fmt.Errorf("token.Sender.TransactWithGas: %w", err)
	}
	tx, err := s.send(ctx, to, new(big.Int), data, gas, tip, feeCap)
	if err != nil {
		return nil, fmt.Errorf("token.Sender.TransactWithGas: %w", err)
	}
	receipt, err := s.waitMined(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("token.Sender.TransactWithGas: %w", err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, fmt.Errorf("token.Sender.TransactWithGas: %w", s.failed(ctx, tx, receipt))
	}
	return receipt, nil
}

// TransferETH sends wei to an account and waits until it is mined.
func (s *Sender) TransferETH(ctx context.Context, to common.Address, wei *big.Int) (*types.Receipt, error) {
	r, err := s.transact(ctx, &to, wei, nil)
	if err != nil {
		return r, fmt.Errorf("token.Sender.TransferETH: %w", err)
	}
	return r, nil
}

// Deploy deploys a contract from its creation bytecode and constructor arguments, packed
// with parsed (which may be nil when there are no arguments), and returns its address.
func (s *Sender) Deploy(ctx context.Context, parsed *abi.ABI, bytecode []byte, args ...any) (common.Address, *types.Receipt, error) {
	input := bytes.Clone(bytecode)
	if parsed != nil {
		packed, err := parsed.Pack("", args...)
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("token.Sender.Deploy: pack constructor: %w", err)
		}
		input = append(input, packed...)
	} else if len(args) > 0 {
		return common.Address{}, nil, errors.New("token.Sender.Deploy: constructor arguments without an ABI")
	}
	r, err := s.transact(ctx, nil, nil, input)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("token.Sender.Deploy: %w", err)
	}
	return r.ContractAddress, r, nil
}

// Bound sends a call of an abigen v1 bound contract method through the Sender:
//
//	rcpt, err := s.Bound(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
//		return registry.Register(o, hash, eps, delta, reward, cap, researcher, nonce, deadline, sig)
//	})
//
// fn must pass the options it gets to exactly one transacting method. The binding only
// packs the call: the options carry placeholders and NoSend, and the Sender then estimates
// gas, prices, numbers, signs, sends and waits as in Transact. A value set on the options
// is sent along. Use Deploy, not a binding's Deploy function, to create contracts.
func (s *Sender) Bound(ctx context.Context, fn func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	opts := &bind.TransactOpts{
		From:      s.from,
		Nonce:     new(big.Int),
		GasLimit:  1,
		GasFeeCap: new(big.Int),
		GasTipCap: new(big.Int),
		NoSend:    true,
		Context:   ctx,
		Signer: func(_ common.Address, tx *types.Transaction) (*types.Transaction, error) {
			return tx, nil // unsigned: only its To, Value and Data are used
		},
	}
	tx, err := fn(opts)
	if err != nil {
		return nil, fmt.Errorf("token.Sender.Bound: %w", err)
	}
	if tx == nil {
		return nil, errors.New("token.Sender.Bound: no transaction built")
	}
	if tx.To() == nil {
		return nil, errors.New("token.Sender.Bound: deployments go through Deploy")
	}
	var value *big.Int
	if tx.Value().Sign() > 0 {
		value = tx.Value()
	}
	r, err := s.transact(ctx, tx.To(), value, tx.Data())
	if err != nil {
		return r, fmt.Errorf("token.Sender.Bound: %w", err)
	}
	return r, nil
}

func (s *Sender) transact(ctx context.Context, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	var (
		gas           uint64
		tip, feeCap   *big.Int
		err           error
		transientLeft = s.cfg.Retries
	)
	// Estimate gas and price the transaction; retry transient failures.
	for {
		gas, tip, feeCap, err = s.prepare(ctx, to, value, data)
		if err == nil {
			break
		}
		if !isTransient(err) || transientLeft == 0 {
			return nil, err
		}
		transientLeft--
		if err := sleepCtx(ctx, retryBackoff(s.cfg.Retries-transientLeft)); err != nil {
			return nil, err
		}
	}
	tx, err := s.send(ctx, to, value, data, gas, tip, feeCap)
	if err != nil {
		return nil, err
	}
	receipt, err := s.waitMined(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, s.failed(ctx, tx, receipt)
	}
	return receipt, nil
}

// price reads the head and prices a transaction by EIP-1559: the suggested tip (at least 1
// wei) plus twice the head's base fee.
func (s *Sender) price(ctx context.Context) (head *types.Header, tip, feeCap *big.Int, err error) {
	head, err = s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read head: %w", err)
	}
	tip, err = s.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	if tip.Sign() <= 0 {
		tip = big.NewInt(1)
	}
	feeCap = new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	return head, tip, feeCap, nil
}

// prepare estimates the gas limit and the EIP-1559 fees of a transaction.
func (s *Sender) prepare(ctx context.Context, to *common.Address, value *big.Int, data []byte) (gas uint64, tip, feeCap *big.Int, err error) {
	head, tip, feeCap, err := s.price(ctx)
	if err != nil {
		return 0, nil, nil, err
	}
	est, err := s.client.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: to, Value: value, Data: data})
	if err != nil {
		if data, ok := RevertData(err); ok {
			return 0, nil, nil, &RevertedError{Data: data, Message: rpcMessage(err)}
		}
		if isRevertMessage(err) {
			return 0, nil, nil, &RevertedError{Message: rpcMessage(err)}
		}
		return 0, nil, nil, fmt.Errorf("estimate gas: %w", err)
	}
	gas = est
	if to == nil || len(data) > 0 {
		gas = est + est*s.cfg.GasMarginPercent/100
		limit := head.GasLimit
		if limit == 0 || limit > params.MaxTxGas {
			limit = params.MaxTxGas // EIP-7825 (Osaka) caps a transaction's gas
		}
		gas = max(min(gas, limit), est)
	}
	return gas, tip, feeCap, nil
}

// send numbers, signs and submits a transaction. Submission is serialised so that nonces
// reach the node in order; the nonce counter advances only once the node accepted the
// transaction.
func (s *Sender) send(ctx context.Context, to *common.Address, value *big.Int, data []byte, gas uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	s.mu.Lock()
	defer s.mu.Unlock()

	nonceRetries, transientLeft := 5, s.cfg.Retries
	for {
		if !s.synced {
			n, err := s.client.PendingNonceAt(ctx, s.from)
			if err != nil {
				if isTransient(err) && transientLeft > 0 {
					transientLeft--
					if err := sleepCtx(ctx, retryBackoff(s.cfg.Retries-transientLeft)); err != nil {
						return nil, err
					}
					continue
				}
				return nil, fmt.Errorf("read pending nonce: %w", err)
			}
			s.nonce, s.synced = n, true
		}
		tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
			ChainID:   s.chainID,
			Nonce:     s.nonce,
			GasTipCap: tip,
			GasFeeCap: feeCap,
			Gas:       gas,
			To:        to,
			Value:     value,
			Data:      data,
		})
		if err != nil {
			return nil, fmt.Errorf("sign: %w", err)
		}
		// Submit; resubmit the very same transaction on transient failures, since the node
		// may have accepted it before the failure.
		maybeSent := false
		for {
			err = s.client.SendTransaction(ctx, tx)
			if err == nil || !isTransient(err) || transientLeft == 0 {
				break
			}
			maybeSent = true
			transientLeft--
			if err := sleepCtx(ctx, retryBackoff(s.cfg.Retries-transientLeft)); err != nil {
				s.synced = false // the transaction may or may not be in the pool
				return nil, err
			}
		}
		switch {
		case err == nil, errContains(err, "already known"):
			s.nonce++
			return tx, nil
		case maybeSent && isNonceError(err) && s.known(ctx, tx.Hash()):
			// An earlier attempt got through and the transaction is already pending or mined.
			s.synced = false
			return tx, nil
		case isNonceError(err):
			if nonceRetries == 0 {
				s.synced = false
				return nil, fmt.Errorf("send: %w", err)
			}
			nonceRetries--
			s.synced = false
			continue
		default:
			if isTransient(err) {
				s.synced = false // it may have reached the pool after all
			}
			return nil, fmt.Errorf("send: %w", err)
		}
	}
}

// known reports whether the node has the transaction, pending or mined.
func (s *Sender) known(ctx context.Context, hash common.Hash) bool {
	tx, _, err := s.client.TransactionByHash(ctx, hash)
	return err == nil && tx != nil
}

// waitMined polls for a transaction's receipt, starting fast and backing off.
func (s *Sender) waitMined(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ReceiptTimeout)
	defer cancel()
	interval := 2 * time.Millisecond
	for {
		r, err := s.client.TransactionReceipt(ctx, hash)
		if err == nil && r.BlockNumber != nil {
			// A node may index a receipt a moment before its block becomes "latest" (geth
			// writes the lookup entries first); wait for the head so that reads that follow
			// see the transaction's effects.
			if head, herr := s.client.BlockNumber(ctx); herr == nil && head >= r.BlockNumber.Uint64() {
				return r, nil
			}
		}
		// NotFound means not yet mined; other errors (an index still building, a dropped
		// connection) are retried until the deadline.
		if err := sleepCtx(ctx, interval); err != nil {
			s.mu.Lock()
			s.synced = false // the transaction may have been dropped
			s.mu.Unlock()
			return nil, fmt.Errorf("wait for receipt of %s: %w", hash.Hex(), err)
		}
		interval = min(interval*2, s.cfg.PollInterval)
	}
}

// failed builds the error for a mined transaction that reverted. It recovers revert data,
// best effort, by replaying the call on the state before the transaction's block and, failing
// that, after it: other transactions of the block may have changed what the call saw.
func (s *Sender) failed(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	re := &RevertedError{TxHash: tx.Hash(), Receipt: r}
	if r.BlockNumber == nil || r.BlockNumber.Sign() == 0 {
		return re
	}
	msg := ethereum.CallMsg{From: s.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	for _, at := range []*big.Int{new(big.Int).Sub(r.BlockNumber, common.Big1), r.BlockNumber} {
		_, err := s.client.CallContract(ctx, msg, at)
		if data, ok := RevertData(err); ok {
			re.Data = data
			break
		}
	}
	return re
}

// RevertedError reports a contract call that reverted, either while its gas was estimated
// (TxHash zero, Message the node's) or once mined (status 0; TxHash and Receipt set). Data
// is the raw revert data, which DecodeRevert or an ErrorDecoder turn into a custom error's
// name and arguments; it may be empty (a bare revert, running out of gas, or a mined revert
// the node could not replay).
type RevertedError struct {
	Data    []byte
	Message string
	TxHash  common.Hash
	Receipt *types.Receipt
}

func (e *RevertedError) Error() string {
	msg := e.Message
	if e.TxHash != (common.Hash{}) {
		msg = "transaction " + e.TxHash.Hex() + " reverted"
	} else if msg == "" {
		msg = "execution reverted"
	}
	if reason, err := abi.UnpackRevert(e.Data); err == nil {
		if !strings.Contains(msg, reason) {
			msg += ": " + reason
		}
	} else if len(e.Data) >= 4 && !strings.Contains(msg, fmt.Sprintf("%x", e.Data[:4])) {
		msg += fmt.Sprintf(" (error 0x%x)", e.Data[:4])
	}
	return msg
}

// RevertData extracts revert data from an error: a *RevertedError, or a JSON-RPC error
// carrying data (rpc.DataError) as eth_call and eth_estimateGas return for reverts.
func RevertData(err error) ([]byte, bool) {
	if err == nil {
		return nil, false
	}
	var re *RevertedError
	if errors.As(err, &re) {
		return re.Data, re.Data != nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		switch d := de.ErrorData().(type) {
		case string:
			if b, err := hexutil.Decode(d); err == nil {
				return b, true
			}
		case []byte:
			return d, true
		}
	}
	return nil, false
}

// ErrorDecoder maps revert data to the custom errors declared in a set of contract ABIs.
type ErrorDecoder struct {
	errs map[[4]byte]abi.Error
}

// NewErrorDecoder parses ABI JSON documents and collects their error declarations.
func NewErrorDecoder(abiJSONs ...string) (*ErrorDecoder, error) {
	d := &ErrorDecoder{errs: make(map[[4]byte]abi.Error)}
	for i, js := range abiJSONs {
		parsed, err := abi.JSON(strings.NewReader(js))
		if err != nil {
			return nil, fmt.Errorf("token.NewErrorDecoder: ABI %d: %w", i, err)
		}
		for _, e := range parsed.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			d.errs[id] = e
		}
	}
	return d, nil
}

// Decode returns the name and arguments of the error that data encodes: a custom error of
// the decoder's ABIs, "Error" with the reason string of require/revert(string), or "Panic"
// with its code.
func (d *ErrorDecoder) Decode(data []byte) (name string, args []any, err error) {
	if len(data) < 4 {
		return "", nil, errors.New("token.ErrorDecoder.Decode: no revert data")
	}
	var id [4]byte
	copy(id[:], data[:4])
	switch id {
	case errorStringID:
		vals, err := errorStringArgs.Unpack(data[4:])
		if err != nil {
			return "", nil, fmt.Errorf("token.ErrorDecoder.Decode: Error(string): %w", err)
		}
		return "Error", vals, nil
	case panicID:
		vals, err := panicArgs.Unpack(data[4:])
		if err != nil {
			return "", nil, fmt.Errorf("token.ErrorDecoder.Decode: Panic(uint256): %w", err)
		}
		return "Panic", vals, nil
	}
	e, ok := d.errs[id]
	if !ok {
		return "", nil, fmt.Errorf("token.ErrorDecoder.Decode: unknown error selector 0x%x", id)
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return "", nil, fmt.Errorf("token.ErrorDecoder.Decode: %s: %w", e.Name, err)
	}
	return e.Name, vals, nil
}

// DecodeError extracts revert data from err (see RevertData) and decodes it. ok is false
// when err carries no decodable revert.
func (d *ErrorDecoder) DecodeError(err error) (name string, args []any, ok bool) {
	data, found := RevertData(err)
	if !found {
		return "", nil, false
	}
	name, args, derr := d.Decode(data)
	return name, args, derr == nil
}

// DecodeRevert decodes revert data against the errors declared in the given ABI JSON
// documents; see ErrorDecoder.Decode.
func DecodeRevert(data []byte, abiJSONs ...string) (name string, args []any, err error) {
	d, err := NewErrorDecoder(abiJSONs...)
	if err != nil {
		return "", nil, err
	}
	return d.Decode(data)
}

var (
	errorStringID   = [4]byte(crypto.Keccak256([]byte("Error(string)"))[:4])
	panicID         = [4]byte(crypto.Keccak256([]byte("Panic(uint256)"))[:4])
	errorStringArgs = abi.Arguments{{Name: "reason", Type: mustType("string")}}
	panicArgs       = abi.Arguments{{Name: "code", Type: mustType("uint256")}}
)

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}

func rpcMessage(err error) string {
	var rerr rpc.Error
	if errors.As(err, &rerr) {
		return rerr.Error()
	}
	return "execution reverted"
}

func isRevertMessage(err error) bool {
	return errContains(err, "execution reverted") || errContains(err, "reverted")
}

func errContains(err error, substr string) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), substr)
}

func isNonceError(err error) bool {
	return errContains(err, "nonce too low") || errContains(err, "nonce too high") ||
		errContains(err, "replacement transaction underpriced") || errContains(err, "invalid nonce")
}

// isTransient reports whether err is worth retrying: the endpoint was unreachable, slow or
// overloaded, not the transaction at fault. The caller's own cancellation is not transient.
func isTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode == 429 || he.StatusCode >= 500
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	for _, s := range []string{"connection refused", "connection reset", "broken pipe", "i/o timeout",
		"too many requests", "txpool is full", "transaction indexing is in progress", "service unavailable"} {
		if errContains(err, s) {
			return true
		}
	}
	return false
}

func retryBackoff(attempt int) time.Duration {
	return time.Duration(50<<min(attempt, 6)) * time.Millisecond
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
