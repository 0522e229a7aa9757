// A box declared in a block is freed at that block's closing brace.
fn main() {
    let outer = Box::new(1);
    {
        let inner = Box::new(2);
        println!("{} {}", outer, inner);
    }
    println!("{}", outer);
}
// expect: 1 2
// expect: 1
