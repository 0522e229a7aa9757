// A `Vec<fn(i32) -> i32>` holds different functions (and a closure capturing nothing), 8 bytes each.
fn double(x: i32) -> i32 {
    x * 2
}

fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let ops: Vec<fn(i32) -> i32> = vec![double, square, |x| x - 1];
    for op in &ops {
        println!("{}", op(7));
    }
    println!("{}", ops.capacity() * std::mem::size_of::<fn(i32) -> i32>());
}
// expect: 14
// expect: 49
// expect: 6
// expect: 24
