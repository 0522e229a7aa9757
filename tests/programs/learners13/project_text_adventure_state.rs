// A tiny text adventure: rooms as an enum, a transition function by match on (room, command), commands from a Vec.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Room {
    Hall,
    Kitchen,
    Garden,
    Exit,
}

fn go(room: Room, cmd: &str) -> Result<Room, String> {
    match (room, cmd) {
        (Room::Hall, "north") => Ok(Room::Kitchen),
        (Room::Kitchen, "south") => Ok(Room::Hall),
        (Room::Kitchen, "east") => Ok(Room::Garden),
        (Room::Garden, "gate") => Ok(Room::Exit),
        (r, c) => Err(format!("can't go {} from {:?}", c, r)),
    }
}

fn main() {
    let commands = vec!["north", "west", "east", "gate", "north"];
    let mut room = Room::Hall;
    let mut path = vec![room];
    for c in commands {
        if room == Room::Exit {
            println!("already out, ignoring {}", c);
            continue;
        }
        match go(room, c) {
            Ok(next) => {
                println!("{:?} --{}--> {:?}", room, c, next);
                room = next;
                path.push(room);
            }
            Err(e) => println!("error: {}", e),
        }
    }
    println!("{:?}", path);
}
// expect: Hall --north--> Kitchen
// expect: error: can't go west from Kitchen
// expect: Kitchen --east--> Garden
// expect: Garden --gate--> Exit
// expect: already out, ignoring north
// expect: [Hall, Kitchen, Garden, Exit]
