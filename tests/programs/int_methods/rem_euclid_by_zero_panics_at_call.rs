// rem_euclid is #[track_caller]: dividing by zero panics at the method's name, with `%`'s message.
let d: i16 = 0;
let n: i16 = 9;
println!("{}", n.rem_euclid(d));
// panic: attempt to calculate the remainder with a divisor of zero
// panic-at: 4:18
