// ne is PartialEq's provided method: on a type deriving PartialEq it negates the derived eq, in a generic function's bound too.
#[derive(PartialEq, Clone, Copy)]
struct Id(u32);

fn differ<T: PartialEq>(a: &T, b: &T) -> bool {
    a.ne(b)
}

fn main() {
    let ids = [Id(1), Id(2), Id(1)];
    let changed: Vec<bool> = ids.windows(2).map(|w| w[0].ne(&w[1])).collect();
    println!("{:?}", changed);
    println!("{} {}", differ(&ids[0], &ids[2]), differ(&"a", &"b"));
}
// expect: [true, true]
// expect: false true
