// A reference to a local of an inner block used after the block ends is error E0597.
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("r: {r}");
}
// error: E0597 at 6:13
