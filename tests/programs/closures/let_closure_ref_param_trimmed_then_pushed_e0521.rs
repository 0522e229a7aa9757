// What a `let` closure reads out of its `&str` parameter (`w.trim()`, kept in a local first) borrows what the parameter does: pushing it into a captured field escapes too (E0521).
struct Log<'a> {
    items: Vec<&'a str>,
}

fn main() {
    let mut log = Log { items: Vec::new() };
    let mut note = |w: &str| {
        let t = w.trim();
        log.items.push(t);
    };
    note(" x ");
    println!("{:?}", log.items);
}
// error: E0521 at 10:9
