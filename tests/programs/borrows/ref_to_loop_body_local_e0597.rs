// A reference to a variable of a loop body kept after the loop is error E0597.
fn main() {
    let mut last = &0;
    for i in 0..3 {
        let square = i * i;
        last = &square;
    }
    println!("{}", last);
}
// error: E0597 at 6:16
