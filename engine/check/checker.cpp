// check(): runs the checking passes in order over a parsed program, then
// freezes the type table: from here on the checked program is read-only.
#include "check/checker.h"

#include "check/resolver.h"

namespace sh {

std::shared_ptr<const Checked> check(std::unique_ptr<Program> program, const SourceFile& file) {
  auto checked = std::make_shared<Checked>();
  checked->ast = std::move(program);
  Resolver(*checked, file).resolveProgram();
  checkMoves(*checked, file);
  checkBorrows(*checked, file);
  checkConstantLints(*checked);
  checked->types.freeze();
  return checked;
}

}  // namespace sh
