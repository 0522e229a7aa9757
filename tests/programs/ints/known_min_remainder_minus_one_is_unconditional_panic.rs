// `i8::MIN % -1` with both values known is rejected as unconditional_panic (the remainder's division overflows), not as arithmetic_overflow.
let x = i8::MIN % -1;
println!("{}", x);
// error: lint unconditional_panic at 2:9
