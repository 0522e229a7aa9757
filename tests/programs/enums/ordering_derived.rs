// Derived PartialOrd on an enum orders by variant first, then by the fields of the same variant.
#[derive(Debug, PartialEq, PartialOrd)]
enum Grade {
    Fail,
    Pass(u8),
    Honours { score: u8 },
}

fn main() {
    println!("{}", Grade::Fail < Grade::Pass(0));
    println!("{}", Grade::Pass(90) < Grade::Pass(50));
    println!("{}", Grade::Pass(99) < Grade::Honours { score: 1 });
    println!("{}", Grade::Honours { score: 3 } >= Grade::Honours { score: 3 });
    println!("{}", Grade::Pass(7) != Grade::Pass(7));
}
// expect: true
// expect: false
// expect: true
// expect: true
// expect: false
