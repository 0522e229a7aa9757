// `..` in tuple patterns (at the start, middle or end) and in struct patterns skips the fields not named.
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

fn main() {
    let t = (1, 2, 3, 4, 5);
    let (first, .., last) = t;
    let (.., fourth, _) = t;
    let (a, b, ..) = t;
    println!("{first} {last} {fourth} {a} {b}");
    let p = Point3 { x: 7, y: 8, z: 9 };
    let Point3 { y, .. } = p;
    match p {
        Point3 { x: 0, .. } => println!("on the plane"),
        Point3 { z, x, .. } => println!("{x} {y} {z}"),
    }
}
// expect: 1 5 4 1 2
// expect: 7 8 9
