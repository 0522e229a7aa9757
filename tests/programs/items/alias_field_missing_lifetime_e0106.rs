// A struct field whose type alias has a lifetime parameter must name it: error E0106.
type Pair<'a> = (&'a str, &'a str);

struct Names {
    both: Pair,
}

fn main() {
    let n = Names { both: ("a", "b") };
    println!("{:?}", n.both);
}
// error: E0106 at 5:11
