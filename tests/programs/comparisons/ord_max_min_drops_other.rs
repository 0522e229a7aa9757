// Ord's max, min and clamp on Strings and tuples take their operands by value: the one returned moves out, the others are dropped (their buffers freed), ties going as std's max_by and min_by.
fn main() {
    let a = String::from("pear");
    let b = String::from("apple");
    let bigger = a.max(b);
    println!("{}", bigger);
    let first = String::from("same").min(String::from("same"));
    println!("{} {}", first, first.capacity());
    let clamped = String::from("zebra").clamp(String::from("b"), String::from("m"));
    println!("{}", clamped);
    let t = (1, 'a').max((1, 'b'));
    let s = "kiwi".min("fig");
    println!("{:?} {}", t, s);
    println!("{:?} {:?}", "ab".cmp("b"), String::from("x").cmp(&String::from("x")));
}

// expect: pear
// expect: same 4
// expect: m
// expect: (1, 'b') fig
// expect: Less Equal
