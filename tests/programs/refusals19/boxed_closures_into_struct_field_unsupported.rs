// A boxed closure borrowing a local pushed into a `Menu<'a>`'s Vec<Box<dyn Fn() + 'a>> field: rustc runs it; outside the subset.
struct Menu<'a> {
    actions: Vec<Box<dyn Fn() + 'a>>,
}

fn main() {
    let name = String::from("open");
    let mut menu = Menu { actions: Vec::new() };
    menu.actions.push(Box::new(|| println!("{}", name)));
    for a in &menu.actions {
        a();
    }
}
// expect: open
// unsupported: a trait object put into a field of `Menu` at 8:36
