// Code in a block can assign to a mutable variable declared outside it.
fn main() {
    let mut total = 0;
    {
        let step = 5;
        total += step;
    }
    println!("{}", total);
}
// expect: 5
