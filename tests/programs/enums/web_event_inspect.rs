// A web-event enum mixing unit, tuple and struct variants, inspected by one match that binds each payload.
enum WebEvent {
    PageLoad,
    PageUnload,
    KeyPress(char),
    Paste(String),
    Click { x: i64, y: i64 },
}

fn inspect(event: WebEvent) {
    match event {
        WebEvent::PageLoad => println!("page loaded"),
        WebEvent::PageUnload => println!("page unloaded"),
        WebEvent::KeyPress(c) => println!("pressed '{}'", c),
        WebEvent::Paste(s) => println!("pasted \"{}\" ({} bytes)", s, s.len()),
        WebEvent::Click { x, y } => println!("clicked at x={}, y={}", x, y),
    }
}

fn main() {
    let events = vec![
        WebEvent::KeyPress('q'),
        WebEvent::Paste(String::from("my text")),
        WebEvent::Click { x: 20, y: -80 },
        WebEvent::PageLoad,
        WebEvent::PageUnload,
    ];
    for e in events {
        inspect(e);
    }
}
// expect: pressed 'q'
// expect: pasted "my text" (7 bytes)
// expect: clicked at x=20, y=-80
// expect: page loaded
// expect: page unloaded
