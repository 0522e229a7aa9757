// `map` takes a function by name as well as a closure: each element goes through it.
fn double(x: &i32) -> i32 {
    x * 2
}

fn main() {
    let v = vec![1, 2, 3];
    let d: Vec<i32> = v.iter().map(double).collect();
    println!("{:?}", d);
}
// expect: [2, 4, 6]
