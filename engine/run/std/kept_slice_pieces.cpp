// A slice's windows, chunks and exact chunks kept in a variable: `let mut
// pairs = v.windows(2);`, `let mut rows = grid.chunks(width);`, `let
// blocks = data.chunks_exact(4); blocks.remainder()` (check/types.h
// KeptIter).
//
// Each is std's struct: the slice not walked yet (`v`), ChunksExact's
// remainder (`rem`, cut off when it is made) and the size, so the picture
// shows the slice shrinking as the loop runs and `{:?}` prints std's
// derived Debug. std's `next` and `next_back` are run on those fields: a
// window moves the slice's start by one (its end, from the back), a chunk
// by its length, and from the back Chunks takes the short chunk first. The
// pieces a chain or a loop pulls are computed up front from a copy of the
// fields (the slice cannot change while it is borrowed); a `&mut self`
// consumer that took k from the front and m from the back then runs std's
// steps as many times.
#include <algorithm>
#include <optional>

#include "run/interpreter.h"

namespace sh {

namespace {

// The fields: the slice left (its data, its length in elements) and the
// size; ChunksExact's remainder stays as it was made.
struct Pieces {
  KeptIter kind = KeptIter::Chunks;
  Address data = 0;
  uint64_t len = 0, size = 0, elemSize = 0;
};

// A piece: its first element's address and its length.
struct Piece {
  Address data = 0;
  uint64_t n = 0;
};

// std's `next`: the piece at the front, and the slice moved past it
// (Windows by one element).
std::optional<Piece> nextPiece(Pieces& p) {
  if (p.kind == KeptIter::Windows) {
    if (p.size > p.len) return std::nullopt;
    Piece w{p.data, p.size};
    p.data += p.elemSize;
    --p.len;
    return w;
  }
  if (p.len == 0 || (p.kind == KeptIter::ChunksExact && p.len < p.size)) return std::nullopt;
  Piece c{p.data, std::min(p.len, p.size)};
  p.data += c.n * p.elemSize;
  p.len -= c.n;
  return c;
}

// std's `next_back`: the piece at the back, and the slice cut before it
// (Windows by one element; Chunks' last chunk the short one).
std::optional<Piece> nextBackPiece(Pieces& p) {
  if (p.kind == KeptIter::Windows) {
    if (p.size > p.len) return std::nullopt;
    Piece w{p.data + (p.len - p.size) * p.elemSize, p.size};
    --p.len;
    return w;
  }
  if (p.len == 0 || (p.kind == KeptIter::ChunksExact && p.len < p.size)) return std::nullopt;
  uint64_t n = p.kind == KeptIter::Chunks && p.len % p.size != 0 ? p.len % p.size : p.size;
  p.len -= n;
  return Piece{p.data + p.len * p.elemSize, n};
}

// Where the size sits: after the slice, and after ChunksExact's remainder.
uint64_t sizeOffset(KeptIter k) { return k == KeptIter::ChunksExact ? 32 : 16; }

}  // namespace

// `v.windows(n)`, `v.chunks(n)`, `v.chunks_exact(n)` kept: std's
// constructors, which assert a size above 0 at the call (#[track_caller]);
// ChunksExact::new cuts the remainder off.
Value Interpreter::makeSlicePieces(KeptIter kept, StdCall& c) {
  uint64_t n = c.args[0].u64();
  if (n == 0) panic(kept == KeptIter::Windows ? "window size must be non-zero" : "chunk size must be non-zero", c.call.nameSpan);
  auto [data, len] = sequenceAt(c.recv);
  uint64_t elemSize = T_.layout(T_.keptElem(c.call.type)).size;
  Value it(c.call.type, T_.layout(c.call.type).size);
  uint64_t keptLen = kept == KeptIter::ChunksExact ? len - len % n : len;
  it.setU64(0, data);
  it.setU64(8, keptLen);
  if (kept == KeptIter::ChunksExact) {
    it.setU64(16, data + keptLen * elemSize);
    it.setU64(24, len - keptLen);
  }
  it.setU64(sizeOffset(kept), n);
  return it;
}

namespace {

Pieces piecesAt(const Memory& mem, const TypeTable& T, const Place& at) {
  Pieces p;
  p.kind = T.keptIter(at.type);
  p.data = mem.readU64(at.addr);
  p.len = mem.readU64(at.addr + 8);
  p.size = mem.readU64(at.addr + sizeOffset(p.kind));
  p.elemSize = T.layout(T.keptElem(at.type)).size;
  return p;
}

}  // namespace

// What is left, as a stream of `&[T]`s: std's `next` run on a copy of the
// fields until it says None. TrustedLen and walked by index, as std's.
std::unique_ptr<ItemStream> Interpreter::slicePiecesStream(const Place& at, const Expr& e) {
  Pieces p = piecesAt(mem_, T_, at);
  auto stream = std::make_unique<ItemStream>();
  stream->kind = StreamKind::Items;
  stream->call = &e;
  stream->item = T_.get(at.type).args[0];
  stream->trusted = stream->randomAccess = true;
  while (std::optional<Piece> piece = nextPiece(p)) {
    Value r(stream->item, 16);
    r.setU64(0, piece->data);
    r.setU64(8, piece->n);
    stream->items.push_back(std::move(r));
  }
  stream->back = stream->items.size();
  return stream;
}

// After a `&mut self` consumer took s.front pieces from the front and the
// rest past s.back from the back: std's steps run as many times on the
// fields at `at` (a None from `next` changes nothing; std's `nth` past the
// end empties the slice where it starts).
void Interpreter::slicePiecesDone(const Place& at, const ItemStream& s) {
  Pieces p = piecesAt(mem_, T_, at);
  for (size_t i = 0; i < s.front && !s.nthPastEnd; ++i) nextPiece(p);
  for (size_t i = s.back; i < s.items.size() && !s.nthPastEnd; ++i) nextBackPiece(p);
  if (s.nthPastEnd) p.len = 0;
  mem_.writeU64(at.addr, p.data);
  mem_.writeU64(at.addr + 8, p.len);
}

// std's derived Debug: `Windows { v: [2, 3], size: 2 }`, `ChunksExact { v:
// [1, 2], rem: [3], chunk_size: 2 }`.
void Interpreter::renderSlicePiecesDebug(DebugWriter& w, const Place& p, const FormatSpec& spec) {
  KeptIter kept = T_.keptIter(p.type);
  w.beginStruct(kept == KeptIter::Windows ? "Windows" : kept == KeptIter::Chunks ? "Chunks" : "ChunksExact");
  for (const FieldLayout& f : T_.layout(p.type).fields) {
    w.field(f.name);
    renderDebug(w, Place{p.addr + f.offset, f.type}, spec);
  }
  w.end();
}

// ChunksExact::remainder: the elements its chunks leave out, as it holds them.
Value Interpreter::runIterRemainder(StdCall& c) {
  Value rem(c.call.type, 16);
  rem.setU64(0, mem_.readU64(c.recv.addr + 16));
  rem.setU64(8, mem_.readU64(c.recv.addr + 24));
  return rem;
}

}  // namespace sh
