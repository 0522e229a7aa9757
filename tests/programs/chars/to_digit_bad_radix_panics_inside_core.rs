// A radix above 36 panics inside std, in core/src/char/methods.rs, not at the call.
let radix: u32 = 37;
println!("{:?}", 'a'.to_digit(radix));
// panic: to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive
// panic-at: library/core/src/char/methods.rs:403:9
