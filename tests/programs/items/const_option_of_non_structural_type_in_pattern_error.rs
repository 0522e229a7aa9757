// The check is on the constant's type, not its value: `None` of an `Option<Q>` whose Q has no PartialEq is still rejected.
struct Q;

const NO_Q: Option<Q> = None;

fn main() {
    let q: Option<Q> = Some(Q);
    match q {
        NO_Q => println!("none"),
        _ => println!("some"),
    }
}
// error: "constant of non-structural type `Option<Q>` in a pattern" at 9:9
