// An inner `#![allow(arithmetic_overflow)]` at the top of a block covers that block: the add panics when run.
fn main() {
    let ok: u8 = 200;
    println!("{}", ok);
    {
        #![allow(arithmetic_overflow)]
        let x: u8 = 255 + 1;
        println!("{}", x);
    }
}
// expect: 200
// panic: attempt to add with overflow
// panic-at: 7:21
