// Two functions in one array are made function pointers of one type by rustc, and run.
fn add_one(x: i32) -> i32 {
    x + 1
}

fn add_two(x: i32) -> i32 {
    x + 2
}

fn main() {
    let fs = [add_one, add_two];
    println!("{}", fs[1](1));
}
// expect: 3
