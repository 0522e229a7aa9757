// An `if` branch's block is its own scope, but its tail's `Ref` guard from `*c.borrow()` still outlives the branch's `c` (E0597).
let m = if true {
    let c = std::cell::RefCell::new(3);
    *c.borrow()
} else {
    0
};
println!("{}", m);
// error: E0597 at 4:6
