// sum into an Option<u8> overflows as the plain sum does: the panic is core's, in iter/traits/accum.rs.
fn main() {
    let v = vec![Some(200u8), Some(100u8)];
    let s: Option<u8> = v.into_iter().sum();
    println!("{:?}", s);
}
// panic: attempt to add with overflow
// panic-at: library/core/src/iter/traits/accum.rs:204:1
