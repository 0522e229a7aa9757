// char_indices, find, replace, trim, split at a byte found, and to_uppercase of a &str.
fn first_word(s: &str) -> &str {
    for (i, c) in s.char_indices() {
        if c == ' ' {
            return &s[..i];
        }
    }
    s
}

fn main() {
    let s = "  Hello brave new world  ";
    let t = s.trim();
    println!("[{t}] [{}]", first_word(t));
    println!("{:?} {:?}", t.find("new"), t.find('z'));
    let replaced = t.replace("brave", "bold");
    println!("{replaced}");
    if let Some(i) = t.find(' ') {
        let (a, b) = t.split_at(i);
        println!("[{a}] [{}]", b.trim_start());
    }
    println!("{}", t.to_uppercase());
    println!("{}", t.starts_with("Hello") && t.ends_with("world"));
}
// expect: [Hello brave new world] [Hello]
// expect: Some(12) None
// expect: Hello bold new world
// expect: [Hello] [brave new world]
// expect: HELLO BRAVE NEW WORLD
// expect: true
