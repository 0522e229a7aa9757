// char's clamp with min above max panics at the call, naming both bounds.
fn main() {
    let c = 'm';
    println!("{}", c.clamp('z', 'a'));
}

// panic: min > max. min = 'z', max = 'a'
// panic-at: 4:22
