// An enum holding a struct matched with nested struct patterns and literal fields.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

enum Event {
    Click(Point),
    Drag { from: Point, to: Point },
    Key(char),
}

fn describe(e: &Event) -> String {
    match e {
        Event::Click(Point { x: 0, y: 0 }) => String::from("click at origin"),
        Event::Click(Point { x, y }) => format!("click at {},{}", x, y),
        Event::Drag { from: Point { x: x1, .. }, to: Point { x: x2, .. } } if x1 == x2 => String::from("vertical drag"),
        Event::Drag { from, to } => format!("drag {:?} -> {:?}", from, to),
        Event::Key(c @ 'a'..='z') => format!("letter {}", c),
        Event::Key(c) => format!("key {:?}", c),
    }
}

fn main() {
    let events = vec![
        Event::Click(Point { x: 0, y: 0 }),
        Event::Click(Point { x: 3, y: 4 }),
        Event::Drag { from: Point { x: 1, y: 0 }, to: Point { x: 1, y: 9 } },
        Event::Drag { from: Point { x: 1, y: 0 }, to: Point { x: 2, y: 9 } },
        Event::Key('q'),
        Event::Key('#'),
    ];
    for e in &events {
        println!("{}", describe(e));
    }
}
// expect: click at origin
// expect: click at 3,4
// expect: vertical drag
// expect: drag Point { x: 1, y: 0 } -> Point { x: 2, y: 9 }
// expect: letter q
// expect: key '#'
