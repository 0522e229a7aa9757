// A sum that overflows panics inside core (its debug build checks the addition), reported at core's location.
let v: Vec<u8> = vec![200, 100];
let total: u8 = v.iter().sum();
println!("{}", total);
// panic: attempt to add with overflow
// panic-at: library/core/src/iter/traits/accum.rs:204:1
