// A generic type alias may fix one argument of a generic struct and pass the other on: `Labeled<T> = Tagged<&'static str, T>`.
#[derive(Debug)]
struct Tagged<L, T> {
    label: L,
    value: T,
}

type Labeled<T> = Tagged<&'static str, T>;

fn label<T>(value: T) -> Labeled<T> {
    Tagged { label: "item", value }
}

fn main() {
    let t: Labeled<Vec<i32>> = label(vec![1, 2]);
    println!("{:?} {}", t, t.label);
    println!("{:?}", t.value);
}
// expect: Tagged { label: "item", value: [1, 2] } item
// expect: [1, 2]
