// A partial move out of a struct without Drop: the moved field drops with its new owner, the rest at scope end, in field order.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Loud,
    second: Loud,
    third: Loud,
}

fn take(l: Loud) {
    println!("took {}", l.0);
}

fn main() {
    let p = Pair { first: Loud("first"), second: Loud("second"), third: Loud("third") };
    take(p.second);
    println!("after take");
    let Pair { first, .. } = p;
    println!("bound {}", first.0);
}
// expect: took second
// expect: drop second
// expect: after take
// expect: bound first
// expect: drop first
// expect: drop third
