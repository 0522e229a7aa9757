// Moving the String itself out of the inner block, instead of a reference, keeps it alive.
fn main() {
    let outer;
    {
        let s = String::from("kept");
        outer = s;
    }
    println!("{}", outer);
}
// expect: kept
