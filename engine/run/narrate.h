// One plain-English sentence per step, made from the step's events.
//
// The events say what happened to memory; the narrator says it the way a
// teacher would, with names, sizes and addresses: "`server_name` takes 24
// bytes on the stack at 0x7fffefe0 (pointer, capacity, length); its 15
// bytes of text go into a new heap cell at 0x600000." It runs when a step
// ends, while memory still holds that step's values.
#pragma once

#include <string>

#include "trace/trace.h"

namespace sh {

class Interpreter;

class Narrator {
 public:
  explicit Narrator(Interpreter& in) : in_(in) {}
  std::string narrate(const Step& step);

 private:
  std::string slotName(int32_t slot) const;
  std::string describeSlot(int32_t slot) const;
  std::string heapCellPhrase(const Event& alloc, const std::string& owner) const;
  std::string ownerOf(Address addr) const;
  std::string describeChange(const Step& step) const;
  Interpreter& in_;
};

}  // namespace sh
