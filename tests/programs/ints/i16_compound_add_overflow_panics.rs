// A compound assignment overflows like the operator; the panic points at the whole `+=` expression.
fn main() {
    let mut total: i16 = 32000;
    println!("{}", total);
    total += 1000;
    println!("{}", total);
}
// expect: 32000
// panic: attempt to add with overflow
// panic-at: 5:5
