// `assert_eq!` on Strings shows them quoted, via Debug.
fn main() {
    let name = String::from("Ferris");
    assert_eq!(name, "Crab");
}
// panic: assertion `left == right` failed
// panic-at: 4:5
