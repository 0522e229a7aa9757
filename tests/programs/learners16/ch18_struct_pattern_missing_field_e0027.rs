// A struct pattern naming only x of Point { x, y } without `..`: E0027 pattern does not mention field `y`.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let Point { x } = p;
    println!("{}", x);
}
// error: E0027 at 9:9
