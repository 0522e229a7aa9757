// Collecting an empty Vec's into_iter into a Vec reuses its dangling buffer: nothing is allocated or freed.
fn main() {
    let v: Vec<i32> = Vec::<i32>::new().into_iter().collect();
    println!("{:?} {}", v, v.capacity());
}
// expect: [] 0
