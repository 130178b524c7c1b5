import { NavLink as RouterNavLink } from 'react-router';
import { Anchor, Drawer, List, Text } from '@mantine/core';
import { helpFor } from './help';

/** "Trợ giúp": the steps of the screen at `pathname`, and the way to the full guide. */
export default function HelpDrawer({ opened, onClose, pathname }: { opened: boolean; onClose: () => void; pathname: string }) {
  const help = helpFor(pathname);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      title={`Trợ giúp: ${help.title}`}
      closeButtonProps={{ 'aria-label': 'Đóng trợ giúp' }}
    >
      <List type="ordered" spacing="sm">
        {help.steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
      <Text mt="lg">
        Hướng dẫn đầy đủ, có hình minh họa:{' '}
        <Anchor component={RouterNavLink} to="/huong-dan" onClick={onClose}>
          Hướng dẫn sử dụng
        </Anchor>
        .
      </Text>
    </Drawer>
  );
}
