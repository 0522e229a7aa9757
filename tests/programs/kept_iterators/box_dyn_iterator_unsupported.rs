// A function returning `Box<dyn Iterator<Item = i32>>` that chooses between two adapters is not supported yet: the engine says so at its span.
fn numbers(v: Vec<i32>, even: bool) -> Box<dyn Iterator<Item = i32>> {
    if even {
        Box::new(v.into_iter().filter(|x| x % 2 == 0))
    } else {
        Box::new(v.into_iter().filter(|x| x % 2 != 0))
    }
}

fn main() {
    let total: i32 = numbers(vec![1, 2, 3, 4], true).sum();
    println!("{total}");
}
// expect: 6
// unsupported: `dyn Iterator` at 2:44
