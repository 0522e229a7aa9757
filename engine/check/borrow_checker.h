// The borrow checker's one class (its prose is at the top of
// check/borrows.cpp), declared here so that its passes can live in files of
// their own: collecting accesses and holders (borrows.cpp), walking a
// function's statements and expressions (borrow_walk.cpp), patterns,
// scrutinees and arguments (borrow_patterns.cpp), and finding the conflicts
// and reporting them (borrow_conflicts.cpp). Only those files include it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/borrow_facts.h"

namespace sh::borrowck {

class BorrowChecker {
 public:
  BorrowChecker(const Checked& p, const SourceFile& file) : p_(p), T_(p.types), file_(file), refs_(p.types), lifetimes_(p, file, refs_) {}

  void checkFunction(const FnInfo& fn);

 private:
  // ---------------------------------------------------------------- collecting

  bool holdsReference(TypeId t) const { return refs_.holds(t); }
  bool canHoldReferences(TypeId t) const;

  bool isRefLocal(int32_t local) const { return borrowck::isRefLocal(T_, *fn_, local); }
  int32_t placeRoot(const Expr& e, std::string* path, bool* throughIndex = nullptr) const;

  void noteUse(int32_t local, Span span) { uses_.push_back({local, point_, span}); }

  void access(Access kind, const Expr& place, Span span, int32_t ownBorrow = -1);

  int32_t reserveReceiver(const Expr& call, bool placeReceiver);

  void writeThroughReference(const Expr& destination, Span span);
  void endUnheldBorrows(size_t first, uint32_t at);
  void accessThroughReferenceReceiver(const Expr& call, bool resultBorrowsReceiver, uint32_t callPoint);

  void accessPlace(Access kind, int32_t root, const std::string& path, Span span, int32_t ownBorrow = -1, uint32_t at = 0);

  int32_t borrowPlace(int32_t root, const std::string& path, bool isMut, Span span, uint32_t point);

  TypeId withoutRefs(TypeId t) const;

  int32_t makeBorrow(const Expr& place, bool isMut, Span span);

  void assignHolder(int32_t holder, size_t firstBorrow, size_t firstUse, const Expr* value = nullptr, bool callers = true);

  // What one argument made and read: borrows [borrows, borrowsEnd), uses [uses, usesEnd).
  struct ArgRange {
    size_t borrows, borrowsEnd, uses, usesEnd;
  };

  void holdUsesUntil(size_t from, size_t to, uint32_t point);
  void holdCapturesUntil(const ArgRange& closure, uint32_t point);
  void holdBorrowsMadeUntil(const ArgRange& arg, uint32_t point, Span at);
  void sealClosuresCalledHere(const Expr& call, const std::vector<ArgRange>& ranges);
  void storeItemsInMutCaptures(const Expr& call, const ArgRange& receiver);
  void storeThroughMutParameters(const FnInfo& callee, size_t firstParam, const std::vector<ExprPtr>& args,
                                 const std::vector<ArgRange>& ranges, int32_t receiverRoot);

  void storeRange(int32_t holder, const ArgRange& r);

  // What a closure's body stores into its captures (check/closure_edges.cpp).
  std::vector<std::pair<int32_t, int32_t>> storesIntoCaptures(const FnInfo& body) const;
  void storesIntoCaptures(const FnInfo& body, const Expr& e, std::vector<std::pair<int32_t, int32_t>>& out) const;
  void storesIntoCaptures(const FnInfo& body, const Block& b, std::vector<std::pair<int32_t, int32_t>>& out) const;
  int32_t mutCapturedHolder(const ClosureInfo& c, int32_t inner) const;
  void holdCapturesStoredInCaptures(const Expr& closure, const std::vector<ArgRange>& fields);
  void holdArgumentsStoredInCaptures(const Expr& call, const std::vector<ArgRange>& ranges);

  void storeInto(int32_t holder, size_t firstBorrow, size_t firstUse);

  void storeArguments(int32_t holder, const Expr& call, size_t firstBorrow, size_t firstUse);
  static bool movesElementsOutOfArgument(const Expr& call);

  void declare(const std::vector<int32_t>& locals);

  void releaseHolder(int32_t holder);

  void walkBlock(const Block& b);

  void collectTailTemporaries(const Expr& e);

  bool dropReadsBorrows(TypeId id);

  void holdTailTemporaries(size_t first, uint32_t dropPoint);

  void freeTemporariesSince(size_t first, Span at);

  static void bindings(const Pattern& p, std::vector<int32_t>& out) { borrowck::bindings(p, out); }

  void walkStmt(const Stmt& s, std::vector<int32_t>& declared);

  void walkStmtBody(const Stmt& s, std::vector<int32_t>& declared);

  void walkValue(const Expr& e);

  void walkPlace(const Expr& e, Access kind, Span span);

  void walk(const Expr& e);

  int32_t walkIndexesOf(const Expr& place, bool mutably);

  bool reachesThroughImplIndex(const Expr& place) const;

  void holdUntil(int32_t borrow, uint32_t point, Span span);

  void holdReturnedBorrows(const Expr& value);

  uint32_t innermostConditionalStart(uint32_t point) const;

  bool reachable(uint32_t p, uint32_t q) const;

  void holdReceiverBorrows(size_t from, size_t to, uint32_t point, Span call);

  void walkExpr(const Expr& e);

  void borrowTemporary(const Expr& e, bool mut);

  int32_t matchedPlace(const Expr& value, std::string* path) const;

  void accessPart(Access kind, int32_t root, const PatternPart& part, Span at, int32_t ownBorrow = -1);

  void testPattern(int32_t root, const std::string& path, const Expr& matched, Span start, const Pattern& p);

  std::vector<int32_t> bindPattern(int32_t root, const std::string& path, const Pattern& p);

  bool bindsIntoTarget(int32_t local, TypeId whole, const PatternPart& part) const;
  std::vector<SlotMask> targetSlots(int32_t local, TypeId whole, const PatternPart& part) const;
  bool holdParts(int32_t local, TypeId whole, const std::function<HeldUnder(size_t)>& heldUnder, const std::vector<PatternPart>& parts);

  std::function<HeldUnder(size_t)> heldByLocal(int32_t root) const;

  std::function<HeldUnder(size_t)> heldByValue(const Expr& value, size_t firstBorrow, size_t firstUse) const;

  void bindOnValue(const Expr& value, const std::vector<const Pattern*>& patterns, const std::vector<int32_t>& bound,
                   size_t firstBorrow, size_t firstUse);

  void walkScrutinee(const Expr& value, const Pattern& pattern);

  void walkTemporaryScrutinee(const Expr& value, const std::vector<const Pattern*>& patterns);

  bool bindsByRefIntoPlace(const Pattern& p, bool* mutably) const;

  std::vector<ArgRange> walkArguments(const std::vector<ExprPtr>& args, const FnInfo* callee = nullptr, size_t firstParam = 0,
                                      const Expr* stdCall = nullptr, Span callSpan = {});

  void requireStaticArgument(size_t firstBorrow, size_t firstUse, Span call, bool intoField = false);
  void requireStaticLet(const Stmt& let, size_t firstBorrow, size_t initEnd, const std::vector<int32_t>& bound);
  bool fieldHoldsStatic(TypeId structType, const std::string& field) const;
  static bool writesStatic(const TypeExpr& t);
  bool storesUnderStatic(const Expr& place) const;
  void requireStaticTypeParameters(TypeId type, Span call);
  bool selfOfTraitBody() const;

  bool livesForTheRun(const Borrow& b) const;

  void walkFormatArguments(const CheckedFormat& f, const Expr* writtenInto = nullptr, Span callSpan = {});

  static bool isSliceMethod(const Expr& call);
  bool derefsOnlyThroughOwners(const Expr& call) const;
  static bool storesNoArgument(const Expr& call);

  void rejectReturnOfLocal(const Expr& value);

  std::optional<int32_t> ownBorrowIn(const Expr& value) const;

  bool knownNotHandedOn(const ValueHoldings& held, int32_t local) const;

  static bool knownNotHeld(const ValueHoldings& held, int32_t reader, size_t borrow);

  bool pointsAtItself(int32_t reader, const Borrow& b) const;

  // ---------------------------------------------------------------- checking

  std::optional<Use> liveUseAfter(const Borrow& b, uint32_t point, bool forScopeEnd = false, int32_t accessedThrough = -1) const;
  void findConflictsOnce();
  bool movedForCertain(int32_t local) const;
  bool countDropsAfterMoves_ = false;

  bool keptRoundLoop(const Borrow& b, int32_t holder, const LoopRange& l) const;

  // ---------------------------------------------------------------- ways (borrow_ways.cpp)

  void openRegion(Region::Kind kind, int32_t set = -1, const std::string& label = "");
  void closeRegion(const Expr* body = nullptr, const Block* block = nullptr);
  void recordJump(const Expr& e);
  bool leavesEarly(const Expr& e) const;
  bool leavesEarly(const Block& b) const;
  bool neverReaches(const Region& branch, uint32_t to) const;
  bool holdsOnTheWay(const Holder& h, uint32_t at, uint32_t to, const LoopRange* loop) const;
  bool reassignedOnEveryWay(int32_t local, uint32_t from, uint32_t to) const;
  bool everyBreakComesAfterAnAssignment(const Region& loop, int32_t local) const;
  bool passedOnEveryWay(const Reassignment& r, uint32_t from, uint32_t to, int32_t within) const;
  bool everyOtherBranchReassigns(int32_t branch, int32_t local, uint32_t from, uint32_t to) const;
  bool holdsAlready(const Borrow& b, int32_t local) const;

  bool inOtherBranches(uint32_t p, uint32_t q) const;

  void findConflicts();

  bool inSameLoop(uint32_t p, uint32_t q) const;

  std::string name(const AccessRecord& a) const;
  std::string name(const Borrow& b) const;
  std::string builtinIndexName(const Expr& place) const;
  Span borrowSpanOf(const Expr& ref) const;

  Diagnostic conflictError(const AccessRecord& a, const Borrow& b, const Use& later);

  [[noreturn]] void reportTemporaryFreed(const Borrow& b, const Use& later);
  Diagnostic temporaryFreedError(const Borrow& b, const Use& later);

  [[noreturn]] void reportDoesNotLiveLongEnough(const Borrow& b, const ScopeEnd& end, const Use& later);
  Diagnostic doesNotLiveLongEnoughError(const Borrow& b, const ScopeEnd& end, const Use& later);

  [[noreturn]] void reportEscape(Span call, bool intoField);

  const Checked& p_;
  const TypeTable& T_;
  const SourceFile& file_;
  const FnInfo* fn_ = nullptr;
  std::vector<Borrow> borrows_;
  std::vector<AccessRecord> accesses_;
  std::vector<Use> uses_;
  std::vector<LoopRange> loops_;
  // Per `if` and `match`: the points of each branch (the then-block and the
  // else branch, each arm's body), of which one runs: no way leads from one
  // to another but round a loop.
  std::vector<std::vector<LoopRange>> branchSets_;
  std::vector<ScopeEnd> scopeEnds_;
  std::vector<const Expr*> extended_;  // temporaries the `let`s walked so far extend to their block's end
  std::vector<uint32_t> declaredAt_;   // per local: the point its binding is made (0 for parameters)
  std::vector<Reassignment> reassigned_;  // `r = ...` of a holder
  std::vector<Region> regions_;
  int32_t openRegion_ = -1;              // the innermost region being walked
  int32_t nextBranchSet_ = 0;            // the id the next `if` or `match` gives its branches
  std::vector<Jump> jumps_;               // the `break`s and `continue`s
  std::vector<const Expr*> returns_;   // the values the function returns (its tail, `return` operands)
  struct TailTemporary {
    const Expr* expr;
    size_t borrows = 0, borrowsEnd = 0, uses = 0, usesEnd = 0;  // what was borrowed and used while it was made
  };
  std::vector<TailTemporary> tailTemporaries_;  // of the tails being walked, outermost first
  std::vector<int32_t> staticHolders_;  // variables whose `let` type names `'static` (`Vec<&'static str>`)
  std::unordered_map<TypeId, bool> dropReadsBorrows_;  // per type, once worked out
  borrowck::ReferenceTypes refs_;
  borrowck::LifetimeSlots slots_{T_, refs_};
  borrowck::LifetimeRules lifetimes_;
  uint32_t point_ = 0;
};

}  // namespace sh::borrowck
