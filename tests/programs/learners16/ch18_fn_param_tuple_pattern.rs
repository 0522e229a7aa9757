// A function parameter pattern &(x, y) destructuring a reference to a tuple.
fn print_coordinates(&(x, y): &(i32, i32)) {
    println!("Current location: ({}, {})", x, y);
}

fn main() {
    let point = (3, 5);
    print_coordinates(&point);
    let pts = vec![(1, 2), (-3, 4)];
    for p in &pts {
        print_coordinates(p);
    }
}
// expect: Current location: (3, 5)
// expect: Current location: (1, 2)
// expect: Current location: (-3, 4)
