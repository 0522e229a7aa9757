// Two functions in one array are made function pointers by rustc, which the engine does not run yet.
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
// unsupported: functions or closures of different types in one array
