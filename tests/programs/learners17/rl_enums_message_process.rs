// Rustlings-style: a State whose `process` method matches a Message enum with struct, tuple and unit variants.
#[derive(Debug)]
enum Message {
    Resize { width: u64, height: u64 },
    Move(Point),
    Echo(String),
    ChangeColor(u8, u8, u8),
    Quit,
}

#[derive(Debug, Clone, Copy)]
struct Point {
    x: u64,
    y: u64,
}

struct State {
    width: u64,
    height: u64,
    position: Point,
    message: String,
    color: (u8, u8, u8),
    quit: bool,
}

impl State {
    fn resize(&mut self, width: u64, height: u64) {
        self.width = width;
        self.height = height;
    }

    fn move_position(&mut self, point: Point) {
        self.position = point;
    }

    fn echo(&mut self, s: String) {
        self.message = s;
    }

    fn change_color(&mut self, red: u8, green: u8, blue: u8) {
        self.color = (red, green, blue);
    }

    fn quit(&mut self) {
        self.quit = true;
    }

    fn process(&mut self, message: Message) {
        match message {
            Message::Resize { width, height } => self.resize(width, height),
            Message::Move(point) => self.move_position(point),
            Message::Echo(s) => self.echo(s),
            Message::ChangeColor(r, g, b) => self.change_color(r, g, b),
            Message::Quit => self.quit(),
        }
    }
}

fn main() {
    let mut state = State {
        width: 0,
        height: 0,
        position: Point { x: 0, y: 0 },
        message: String::from("hello world"),
        color: (0, 0, 0),
        quit: false,
    };
    let messages = vec![
        Message::Resize { width: 10, height: 30 },
        Message::Move(Point { x: 10, y: 15 }),
        Message::Echo(String::from("Hello world!")),
        Message::ChangeColor(255, 0, 255),
        Message::Quit,
    ];
    for m in messages {
        println!("{:?}", m);
        state.process(m);
    }
    println!("{}x{} at ({}, {}) '{}' {:?} {}", state.width, state.height, state.position.x,
             state.position.y, state.message, state.color, state.quit);
}
// expect: Resize { width: 10, height: 30 }
// expect: Move(Point { x: 10, y: 15 })
// expect: Echo("Hello world!")
// expect: ChangeColor(255, 0, 255)
// expect: Quit
// expect: 10x30 at (10, 15) 'Hello world!' (255, 0, 255) true
