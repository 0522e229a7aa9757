// let else destructuring an enum variant with fields in a loop, continuing on others.
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
    Resize(u32, u32),
}

fn main() {
    let events = vec![Event::Key('a'), Event::Click { x: 3, y: 4 }, Event::Resize(80, 24), Event::Click { x: -1, y: 0 }];
    let mut total = 0;
    for e in &events {
        let Event::Click { x, y } = e else {
            continue;
        };
        println!("click at {x},{y}");
        total += x + y;
    }
    println!("{total}");
    for e in events {
        if let Event::Key(c) = e {
            println!("key {c}");
        } else if let Event::Resize(w, h) = e {
            println!("{w}x{h}");
        }
    }
}
// expect: click at 3,4
// expect: click at -1,0
// expect: 6
// expect: key a
// expect: 80x24
