// A type alias that names itself through another never ends (E0391, at the first alias's definition).
type Meters = Distance;
type Distance = Meters;

fn main() {
    let x: Meters = 1;
    println!("{}", x);
}
// error: E0391 at 2:15
