// A reference set inside a block is fine when the value it points to lives outside the block.
fn main() {
    let x = 5;
    let r;
    {
        r = &x;
    }
    println!("r: {r}");
}
// expect: r: 5
